package fr.vigie.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Test support: lets tests of other packages look into the store without importing java.sql. */
public final class StoreInspection {
    private StoreInspection() {}

    public static long count(Store store, String sql, @Nullable Object... params) {
        return Jdbc.queryLong(store, sql, params);
    }

    public static List<String> strings(Store store, String sql, @Nullable Object... params) {
        return Jdbc.query(store, sql, row -> row.getString(1), params);
    }

    public static void update(Store store, String sql, @Nullable Object... params) {
        Jdbc.update(store, sql, params);
    }

    /** Registers an account as the accounts import would ('<network>:<platform id>' or '<network>:@<handle>'). */
    public static void addAccount(
            Store store, String territory, String network, @Nullable String platformId, String handle) {
        String id = network + ":" + (platformId == null ? "@" + handle : platformId);
        Jdbc.update(
                store,
                "INSERT INTO account (account_id, territory_code, network, platform_id, handle, role, status, source,"
                        + " simulated) VALUES (?, ?, ?, ?, ?, 'official', 'active', 'test', true)",
                id,
                territory,
                network,
                platformId,
                handle);
    }

    /** Every user table with a row whose text contains the needle, as "table" names. */
    public static List<String> tablesContaining(Store store, String needle) {
        List<String> tables = Jdbc.query(
                store,
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'",
                row -> row.getString(1));
        return tables.stream()
                .filter(t -> Jdbc.queryLong(
                                store,
                                "SELECT count(*) FROM " + t + " x WHERE CAST(x AS VARCHAR) LIKE ?",
                                "%" + needle + "%")
                        > 0)
                .toList();
    }
}
