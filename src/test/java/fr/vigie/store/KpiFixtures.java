package fr.vigie.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Test access to the store for KPI and palmarès tests: fixture SQL in, stored values out. */
public final class KpiFixtures {
    private KpiFixtures() {}

    /** Runs fixture SQL (several statements allowed). */
    public static void execute(Store store, String sql) {
        store.execute(sql);
    }

    public static long count(Store store, String sql) {
        return Jdbc.queryLong(store, sql);
    }

    /** Whether a kpi_value row exists for this key (its value may be null). */
    public static boolean stored(Store store, String kpi, String period, String scope, String subject, String network) {
        return !rows(store, kpi, period, scope, subject, network).isEmpty();
    }

    /** The stored value (null when the row holds NULL); fails when there is no row. */
    public static @Nullable Double value(
            Store store, String kpi, String period, String scope, String subject, String network) {
        var rows = rows(store, kpi, period, scope, subject, network);
        if (rows.isEmpty()) {
            throw new AssertionError("no " + kpi + " row for " + scope + " " + subject + " " + network);
        }
        return rows.getFirst()[0] == null ? null : (Double) rows.getFirst()[0];
    }

    public static boolean simulated(
            Store store, String kpi, String period, String scope, String subject, String network) {
        return (Boolean) rows(store, kpi, period, scope, subject, network).getFirst()[1];
    }

    public static @Nullable Integer millesime(
            Store store, String kpi, String period, String scope, String subject, String network) {
        return (Integer) rows(store, kpi, period, scope, subject, network).getFirst()[2];
    }

    private static List<@Nullable Object[]> rows(
            Store store, String kpi, String period, String scope, String subject, String network) {
        return Jdbc.query(
                store,
                "SELECT value, simulated, population_millesime FROM kpi_value WHERE kpi = ? AND period = ?"
                        + " AND scope = ? AND subject = ? AND network = ?",
                row -> new @Nullable Object[] {
                    Jdbc.nullableDouble(row, "value"),
                    row.getBoolean("simulated"),
                    Jdbc.nullableLong(row, "population_millesime") == null ? null : row.getInt("population_millesime")
                },
                kpi,
                period,
                scope,
                subject,
                network);
    }
}
