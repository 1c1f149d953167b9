package fr.vigie.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kpi_value table: runs a KPI's SQL file for a period and replaces that period's stored values,
 * reads them back per territory.
 */
public final class KpiTable {
    private static final DateTimeFormatter SQL_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Store store;

    public KpiTable(Store store) {
        this.store = store;
    }

    /** A stored territory value of one KPI on one network (or 'all'). */
    public record TerritoryValue(
            String kpi,
            String network,
            @Nullable Double value,
            @Nullable Integer populationMillesime,
            boolean simulated) {}

    /**
     * Runs {@code sql} (a KPI file reading the variables period_start and period_end, returning
     * scope, subject, network, value, simulated) and replaces the stored values of this KPI,
     * methodology version and period with its rows. Territory rows get the population millésime of
     * their territory. Call it inside a transaction to replace several KPIs at once.
     *
     * @return the number of rows stored
     */
    public long replace(
            String kpi, String version, String period, Instant start, Instant end, String sql, Instant computedAt) {
        Instant stamp = computedAt.truncatedTo(ChronoUnit.MICROS); // the store's TIMESTAMP precision
        store.execute("SET VARIABLE period_start = TIMESTAMP '" + SQL_TIMESTAMP.format(start) + "'");
        store.execute("SET VARIABLE period_end = TIMESTAMP '" + SQL_TIMESTAMP.format(end) + "'");
        // Upsert then drop the rows this run did not produce: much faster than deleting and
        // re-inserting the same keys in one transaction, which DuckDB commits slowly.
        long stored = Jdbc.update(
                store,
                "INSERT OR REPLACE INTO kpi_value SELECT ?, ?, ?, r.scope, r.subject, r.network, r.value,"
                        + " t.population_millesime, r.simulated, ? FROM (\n" + withoutFinalSemicolon(sql) + "\n) r"
                        + " LEFT JOIN territory t ON r.scope = 'territory' AND t.code = r.subject",
                kpi,
                version,
                period,
                stamp);
        Jdbc.update(
                store,
                "DELETE FROM kpi_value WHERE kpi = ? AND methodology_version = ? AND period = ? AND computed_at <> ?",
                kpi,
                version,
                period,
                stamp);
        return stored;
    }

    /**
     * Whether values of this KPI are stored for the period and methodology version and were computed
     * after the last completed import, so that no imported row is missing from them.
     */
    public boolean hasCurrentValues(String kpi, String version, String period) {
        return Jdbc.queryLong(
                        store,
                        "SELECT count(*) FROM (SELECT 1 FROM kpi_value WHERE kpi = ? AND methodology_version = ?"
                                + " AND period = ? AND computed_at >= (SELECT coalesce(max(finished_at),"
                                + " TIMESTAMP '1970-01-01') FROM import_run WHERE status = 'done' AND coalesce(feeds_kpis, true)) LIMIT 1)",
                        kpi,
                        version,
                        period)
                > 0;
    }

    /** The stored values of a territory for a period, every KPI and network. */
    public List<TerritoryValue> territoryValues(String territoryCode, String version, String period) {
        return Jdbc.query(
                store,
                "SELECT kpi, network, value, population_millesime, simulated FROM kpi_value"
                        + " WHERE scope = 'territory' AND subject = ? AND methodology_version = ? AND period = ?"
                        + " ORDER BY kpi, network = 'all' DESC, network",
                row -> new TerritoryValue(
                        row.getString("kpi"),
                        row.getString("network"),
                        Jdbc.nullableDouble(row, "value"),
                        Jdbc.nullableLong(row, "population_millesime") == null
                                ? null
                                : row.getInt("population_millesime"),
                        row.getBoolean("simulated")),
                territoryCode,
                version,
                period);
    }

    /** The name of a territory of the registry. */
    public Optional<String> territoryName(String code) {
        return Jdbc.query(store, "SELECT name FROM territory WHERE code = ?", row -> row.getString(1), code).stream()
                .findFirst();
    }

    private static String withoutFinalSemicolon(String sql) {
        String trimmed = sql.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
