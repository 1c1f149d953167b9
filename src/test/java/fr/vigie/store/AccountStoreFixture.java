package fr.vigie.store;

import java.util.List;

/** Raw SQL for tests of the account feature, which may not reach the store's plumbing otherwise. */
public final class AccountStoreFixture {
    private AccountStoreFixture() {}

    /** An in-memory store holding these communes (code, name), so accounts have territories to belong to. */
    public static Store withTerritories(String... codesAndNames) {
        Store store = Store.inMemory();
        seedTerritories(store, codesAndNames);
        return store;
    }

    /** Inserts these communes (code, name) into a store. */
    public static void seedTerritories(Store store, String... codesAndNames) {
        for (int i = 0; i < codesAndNames.length; i += 2) {
            Jdbc.update(
                    store,
                    "INSERT INTO territory (code, kind, name, cog_year) VALUES (?, 'commune', ?, 2026)",
                    codesAndNames[i],
                    codesAndNames[i + 1]);
        }
    }

    public static long count(Store store, String sql) {
        return Jdbc.queryLong(store, sql);
    }

    /** First column of every row, as text. */
    public static List<String> column(Store store, String sql) {
        return Jdbc.query(store, sql, row -> row.getString(1));
    }
}
