package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @Test
    void migratesANewStoreToTheLatestVersion(@TempDir Path dir) {
        try (Store store = Store.open(dir.resolve("vigie.duckdb"))) {
            assertThat(Jdbc.queryLong(store, "SELECT max(version) FROM schema_version"))
                    .isEqualTo(Migrations.latestVersion());
            assertThat(Jdbc.queryLong(store, "SELECT count(*) FROM territory")).isZero();
        }
    }

    @Test
    void reopeningAppliesNothingTwice(@TempDir Path dir) {
        Path file = dir.resolve("vigie.duckdb");
        Store.open(file).close();
        try (Store store = Store.open(file)) {
            assertThat(Jdbc.queryLong(store, "SELECT count(*) FROM schema_version"))
                    .isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void refusesAStoreWrittenByANewerVersion(@TempDir Path dir) {
        Path file = dir.resolve("vigie.duckdb");
        try (Store store = Store.open(file)) {
            Jdbc.update(store, "INSERT INTO schema_version VALUES (999, 'V999__future.sql', now()::TIMESTAMP)");
        }
        assertThatThrownBy(() -> Store.open(file))
                .isInstanceOf(StoreTooNewException.class)
                .hasMessageContaining("schema version 999");
    }

    @Test
    void rollsBackEverythingWhenWorkFailsInATransaction() {
        try (Store store = Store.inMemory()) {
            assertThatThrownBy(() -> store.inTransaction(() -> {
                        Jdbc.update(
                                store, "INSERT INTO territory_hashtag VALUES ('13055', 'marseille', 'test', false)");
                        throw new IllegalStateException("crash in the middle");
                    }))
                    .hasMessage("crash in the middle");
            assertThat(Jdbc.queryLong(store, "SELECT count(*) FROM territory_hashtag"))
                    .isZero();
        }
    }
}
