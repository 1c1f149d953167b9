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

    @Test
    void classifiesTerritoriesWithTheFirstMatchingRule() {
        try (Store store = Store.inMemory()) {
            Jdbc.update(
                    store,
                    "INSERT INTO category_rule VALUES (1, 'grandes-villes', 'Grandes villes', 'commune', NULL, 100000, NULL),"
                            + " (2, 'villages', 'Villages', 'commune', NULL, NULL, 1999), (3, 'petites-villes', 'Petites villes', 'commune', NULL, 0, NULL)");
            Jdbc.update(
                    store,
                    "INSERT INTO territory (code, kind, name, population, cog_year) VALUES"
                            + " ('a', 'commune', 'A', 100000, 2026), ('b', 'commune', 'B', 1999, 2026), ('c', 'commune', 'C', 2000, 2026), ('d', 'commune', 'D', NULL, 2026)");
            var categories = Jdbc.query(
                    store,
                    "SELECT code || '=' || category FROM territory_category ORDER BY code",
                    row -> row.getString(1));
            assertThat(categories).containsExactly("a=grandes-villes", "b=villages", "c=petites-villes", "d=villages");
        }
    }

    @Test
    void capsDuckDbMemoryWithASizeAndRefusesAnythingElse() {
        try (Store store = Store.inMemory()) {
            store.limitMemory("512MB");
            assertThat(Jdbc.query(store, "SELECT current_setting('memory_limit')", row -> row.getString(1)))
                    .singleElement()
                    .asString()
                    .matches("(488\\.2 MiB|512\\.0 MB|512MB)");
            assertThatThrownBy(() -> store.limitMemory("lots; DROP TABLE territory"))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("not a size such as 3GB");
        }
    }
}
