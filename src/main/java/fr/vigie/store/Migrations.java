package fr.vigie.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Versioned schema migrations, applied in order on open, each in its own transaction. A store whose
 * recorded version is above the last one listed here is refused rather than misread.
 */
final class Migrations {
    /** Every migration, in order; its position (1-based) is its version. */
    static final List<String> FILES = List.of(
            "V001__foundation.sql",
            "V002__collection.sql",
            "V003__members.sql",
            "V004__editions.sql",
            "V005__locations.sql",
            "V006__published_best_posts.sql");

    private Migrations() {}

    static int latestVersion() {
        return FILES.size();
    }

    static void apply(Store store) {
        store.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                + "version INTEGER PRIMARY KEY, file VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        int current = Jdbc.queryLong(store, "SELECT coalesce(max(version), 0) FROM schema_version")
                .intValue();
        if (current > latestVersion()) {
            throw new StoreTooNewException(current, latestVersion());
        }
        for (int version = current + 1; version <= latestVersion(); version++) {
            String file = FILES.get(version - 1);
            String sql = read(file);
            int applied = version;
            store.inTransaction(() -> {
                store.execute(sql);
                Jdbc.update(store, "INSERT INTO schema_version VALUES (?, ?, now()::TIMESTAMP)", applied, file);
                return null;
            });
        }
    }

    private static String read(String file) {
        try (InputStream in = Migrations.class.getResourceAsStream("/store/migrations/" + file)) {
            if (in == null) {
                throw new StoreException("migration " + file + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot read migration " + file + ": " + e.getMessage(), e);
        }
    }
}
