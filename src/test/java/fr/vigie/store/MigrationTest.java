package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {
    @Test
    void upgradesAVersion1StoreAndKeepsItsRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vigie.duckdb");
        String v1;
        try (InputStream in = Migrations.class.getResourceAsStream("/store/migrations/V001__foundation.sql")) {
            v1 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var connection = DriverManager.getConnection("jdbc:duckdb:" + file);
                var statement = connection.createStatement()) {
            statement.execute(v1);
            statement.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, file VARCHAR NOT NULL,"
                    + " applied_at TIMESTAMP NOT NULL)");
            statement.execute("INSERT INTO schema_version VALUES (1, 'V001__foundation.sql', now()::TIMESTAMP)");
            statement.execute(
                    "INSERT INTO raw_item (endpoint, fetched_at, sha256, payload_gzip, source)"
                            + " VALUES ('app.bsky.actor.getProfile', TIMESTAMP '2026-11-01 10:00:00', 'x', '\\x00'::BLOB, 'collect:bluesky')");
        }

        try (Store store = Store.open(file)) {
            assertThat(Jdbc.queryLong(store, "SELECT max(version) FROM schema_version"))
                    .isEqualTo(Migrations.latestVersion());
            assertThat(Jdbc.queryLong(store, "SELECT count(*) FROM raw_item WHERE fetch_id IS NULL"))
                    .isOne();
            assertThat(Jdbc.queryLong(store, "SELECT count(*) FROM collect_status"))
                    .isZero();
        }
    }

    @Test
    void aTransactionInsideAnotherJoinsItAndRollsBackWithIt() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> store.inTransaction(() -> {
                        store.inTransaction(() -> Jdbc.update(
                                store, "INSERT INTO territory_hashtag VALUES ('13055', 'marseille', 'test', false)"));
                        throw new IllegalStateException("crash after the inner work");
                    }))
                    .hasMessage("crash after the inner work");
            assertThat(Jdbc.queryLong(store, "SELECT count(*) FROM territory_hashtag"))
                    .isZero();
        }
    }
}
