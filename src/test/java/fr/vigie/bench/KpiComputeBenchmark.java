package fr.vigie.bench;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.store.Store;
import fr.vigie.store.SyntheticKpiData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Times {@code KpiService.compute(year)} on a synthetic store (run by bench/kpi-compute.sh, not by
 * the test suite). Usage:
 *
 * <pre>
 *   KpiComputeBenchmark generate &lt;store file&gt; &lt;accounts&gt; &lt;posts&gt;   fills a new store file
 *   KpiComputeBenchmark compute  &lt;store file&gt;                        times the computation of 2026
 * </pre>
 *
 * Generation and computation run in separate processes so that the peak RSS printed by compute
 * (VmHWM) is the computation's own. DuckDB is capped at 3 GB and 2 threads, as on the target machine.
 */
public final class KpiComputeBenchmark {
    private KpiComputeBenchmark() {}

    public static void main(String[] args) throws IOException {
        if (args.length >= 4 && args[0].equals("generate")) {
            generate(Path.of(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]));
        } else if (args.length >= 2 && args[0].equals("compute")) {
            compute(Path.of(args[1]));
        } else {
            System.err.println("usage: KpiComputeBenchmark generate <store> <accounts> <posts>" + " | compute <store>");
            System.exit(2);
        }
    }

    private static void generate(Path file, long accounts, long posts) throws IOException {
        // written under another name and renamed at the end, so that a failed run leaves no half store
        Path partial = Path.of(file + ".partial");
        Files.deleteIfExists(partial);
        Files.deleteIfExists(Path.of(partial + ".wal"));
        long started = System.nanoTime();
        try (Store store = Store.open(partial)) {
            store.limit("6GB", 2);
            SyntheticKpiData.fill(store, accounts, posts, 2026, (int) Math.max(1, posts / 2_000_000));
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf(
                Locale.ROOT,
                "generated %,d accounts and %,d posts in %.1f s (%,d MB on disk)%n",
                accounts,
                posts,
                seconds(started),
                Files.size(file) / 1_000_000);
    }

    private static void compute(Path file) throws IOException {
        long started = System.nanoTime();
        try (Store store = Store.open(file)) {
            store.limit("3GB", 2);
            double opened = seconds(started);
            long computing = System.nanoTime();
            var result = new KpiService(store)
                    .compute(
                            Period.parse("2026"),
                            KpiCatalogue.ALL,
                            kpi -> System.err.printf(Locale.ROOT, "  %6.1f s  %s%n", seconds(computing), kpi.id()));
            System.out.printf(
                    Locale.ROOT,
                    "kpi compute 2026: %.1f s (store opened in %.1f s before), %,d rows, peak RSS %s%n",
                    seconds(computing),
                    opened,
                    result.totalRows(),
                    peakRss());
        }
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }

    /** VmHWM of this process, e.g. "1234 MB". */
    private static String peakRss() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB")
                .findFirst()
                .orElse("unknown");
    }
}
