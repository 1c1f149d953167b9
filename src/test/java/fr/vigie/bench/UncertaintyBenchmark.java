package fr.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.RankService;
import fr.vigie.ranking.UncertaintyService;
import fr.vigie.store.PerCapitaReference;
import fr.vigie.store.Store;
import fr.vigie.store.SyntheticKpiData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times the rank bootstrap (1,000 resamples) of every category on the posts-based KPIs, on the
 * synthetic store of bench/kpi-compute.sh at a small scale (generated under target/bench when
 * missing). Scale: -Dbench.accounts (default 5,000), -Dbench.posts (default 200,000).
 *   ./mvnw -B -q test -Dgroups=bench -DexcludedTestGroups=live -Dtest=UncertaintyBenchmark
 */
@Tag("bench")
class UncertaintyBenchmark {
    @Test
    void timesTheBootstrapOfEveryCategory() throws Exception {
        long accounts = Long.getLong("bench.accounts", 5_000);
        long posts = Long.getLong("bench.posts", 200_000);
        Path file = Path.of("target/bench/uncertainty-" + accounts + "-" + posts + ".duckdb");
        Files.createDirectories(file.getParent());
        Period year = Period.parse("2026");
        if (!Files.exists(file)) {
            try (Store store = Store.open(file)) {
                store.limit("2GB", 2);
                SyntheticKpiData.fill(store, accounts, posts, 2026, 1);
                PerCapitaReference.communeCategories(store);
                new KpiService(store).compute(year, List.of(KpiCatalogue.ENGAGEMENT_RATE, KpiCatalogue.POSTS_PER_DAY));
            }
        }
        try (Store store = Store.open(file)) {
            store.limit("2GB", 2);
            KpiService kpis = new KpiService(store);
            RankService ranks = new RankService(store, kpis);
            UncertaintyService uncertainty = new UncertaintyService(store);
            for (var kpi : List.of(KpiCatalogue.ENGAGEMENT_RATE, KpiCatalogue.POSTS_PER_DAY)) {
                long started = System.nanoTime();
                long territories = 0;
                long bootstrapNanos = 0;
                long loadNanos = 0;
                for (var c : ranks.categories()) {
                    var ranking = ranks.rank(c.slug(), year, kpi, "all");
                    long t0 = System.nanoTime();
                    var intervals = uncertainty.intervals(ranking, 1000, 2026);
                    bootstrapNanos += System.nanoTime() - t0;
                    long t1 = System.nanoTime();
                    uncertainty.intervals(ranking, 1, 2026); // the load, with a single resample
                    loadNanos += System.nanoTime() - t1;
                    territories += intervals.intervals().size();
                }
                assertThat(territories).isPositive();
                System.out.printf(
                        Locale.ROOT,
                        "%s: palmarès + 1,000-resample bootstrap of every category (%,d ranked territories,"
                                + " %,d accounts, %,d posts): %.2f s, of which bootstrap (load + resample) %.2f s"
                                + " (load alone %.2f s);"
                                + " load average %.1f%n",
                        kpi.id(),
                        territories,
                        accounts,
                        posts,
                        (System.nanoTime() - started) / 1e9,
                        bootstrapNanos / 1e9,
                        loadNanos / 1e9,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                                .getSystemLoadAverage());
            }
        }
    }
}
