package fr.vigie.bench;

import fr.vigie.ingest.ImportEntity;
import fr.vigie.ingest.ImportSummary;
import fr.vigie.ingest.Importer;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Compares our posts import with DuckDB's own read_json + INSERT of the same file into the same
 * table, each into a fresh store file. Not a test (no @Test): run bench/import-posts.sh [posts].
 */
public final class ImportPostsBenchmark {
    private static final int ACCOUNTS = 500;

    private ImportPostsBenchmark() {}

    public static void main(String[] args) throws IOException {
        int posts = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
        Path dir = Files.createTempDirectory("vigie-bench-");
        try {
            Path file = dir.resolve("posts.ndjson");
            generate(file, posts);
            System.out.printf("%,d posts, %,d MiB of NDJSON in %s%n", posts, Files.size(file) >> 20, dir);

            try (var in = Files.newInputStream(file)) {
                in.transferTo(java.io.OutputStream.nullOutputStream()); // every run then reads from the page cache
            }
            // The reference is DuckDB's faster idempotent path of the two, so the ratio flatters nobody.
            double onConflict =
                    rowsPerSecond(posts, () -> duckdbNative(dir.resolve("native1.duckdb"), file, ON_CONFLICT));
            double antiJoin = rowsPerSecond(posts, () -> duckdbNative(dir.resolve("native2.duckdb"), file, ANTI_JOIN));
            double ours = rowsPerSecond(posts, () -> vigie(dir.resolve("vigie.duckdb"), file, posts));
            double native_ = Math.max(onConflict, antiJoin);
            System.out.printf("DuckDB read_json + INSERT … ON CONFLICT DO NOTHING : %,10.0f rows/s%n", onConflict);
            System.out.printf("DuckDB read_json + INSERT … ANTI JOIN post         : %,10.0f rows/s%n", antiJoin);
            System.out.printf("Vigie importer (validate, quarantine, merge)      : %,10.0f rows/s%n", ours);
            System.out.printf(
                    "ratio (Vigie / best DuckDB)                       : %10.2f  (target >= 0.50)%n", ours / native_);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void generate(Path file, int posts) throws IOException {
        long start = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < posts; i++) {
                int account = i % ACCOUNTS;
                out.write("{\"network\":\"instagram\",\"post_id\":\"" + (3458812345678901234L + i) + "\",\"account\":\""
                        + (i % 2 == 0 ? "compte" + account : "@Compte" + account) + "\",\"published_at\":\""
                        + Instant.ofEpochSecond(start + i * 17L) + "\",\"type\":\"photo\",\"text\":\"Le Vieux-Port ce"
                        + " matin, marché aux poissons n°" + i
                        + " #Marseille #Provence\",\"url\":\"https://www.instagram.com/p/Cx"
                        + i + "/\",\"hashtags\":[\"marseille\",\"provence\"],\"simulated\":true}\n");
            }
        }
    }

    private static Store freshStore(Path storeFile) {
        Store store = Store.open(storeFile);
        for (int a = 0; a < ACCOUNTS; a++) {
            StoreInspection.addAccount(store, "13055", "instagram", null, "compte" + a);
        }
        return store;
    }

    private static final String ON_CONFLICT = " ON CONFLICT DO NOTHING";
    private static final String ANTI_JOIN = " ANTI JOIN post p ON p.network = j.network AND p.post_id = j.post_id";

    private static long duckdbNative(Path storeFile, Path file, String idempotence) {
        try (Store store = freshStore(storeFile)) {
            long start = System.nanoTime();
            StoreInspection.update(
                    store,
                    "INSERT INTO post SELECT j.network, j.post_id, a.account_id, j.published_at, j.type, j.text, j.url,"
                            + " j.hashtags, 'bench', j.simulated FROM read_json(?, format = 'newline_delimited',"
                            + " columns = {network: 'VARCHAR', post_id: 'VARCHAR', account: 'VARCHAR',"
                            + " published_at: 'TIMESTAMPTZ', type: 'VARCHAR', text: 'VARCHAR', url: 'VARCHAR',"
                            + " hashtags: 'VARCHAR[]', simulated: 'BOOLEAN'}) j"
                            + " JOIN account a ON a.network = j.network AND a.handle = lower(ltrim(j.account, '@'))"
                            + idempotence,
                    file.toString());
            long elapsed = System.nanoTime() - start;
            check(StoreInspection.count(store, "SELECT count(*) FROM post"), "DuckDB native");
            return elapsed;
        }
    }

    private static long vigie(Path storeFile, Path file, int posts) {
        try (Store store = freshStore(storeFile)) {
            long start = System.nanoTime();
            ImportSummary summary = new Importer(store, () -> new Pseudonymiser(new byte[32]), false)
                    .importFile(ImportEntity.POSTS, file);
            long elapsed = System.nanoTime() - start;
            if (summary.inserted() != posts) {
                throw new IllegalStateException("Vigie inserted " + summary.inserted() + " of " + posts);
            }
            return elapsed;
        }
    }

    private static void check(long rows, String who) {
        if (rows == 0) {
            throw new IllegalStateException(who + " inserted nothing");
        }
    }

    private static double rowsPerSecond(int rows, java.util.function.LongSupplier run) {
        return rows / (run.getAsLong() / 1e9);
    }
}
