package fr.vigie.store;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What the composite and size-adjusted scores read: the stored territory values of several KPIs for
 * the territories of a category, the dates of the snapshots behind them, and the territories of an
 * area (région or département) for extracts.
 */
public final class ScoreTable {
    private final Store store;

    public ScoreTable(Store store) {
        this.store = store;
    }

    /** A territory of the category with one stored value of one of the listed KPIs. */
    public record KpiRow(
            String code,
            String name,
            @Nullable Long population,
            @Nullable Integer populationMillesime,
            @Nullable String kpi,
            @Nullable Double value,
            boolean simulated) {}

    /** The earliest and latest of the last snapshots (before the period end) behind the audiences. */
    public record SnapshotSpan(
            @Nullable Instant first, @Nullable Instant last) {}

    /**
     * The territories of the category with a stored value of at least one of the KPIs on the network
     * (one row per value), ordered by code. Territories without any value have nothing to score and
     * are left out: a France-wide category holds thousands of them.
     */
    public List<KpiRow> values(String category, List<String> kpis, String version, String period, String network) {
        if (kpis.isEmpty()) {
            throw new IllegalArgumentException("no KPI to read");
        }
        String placeholders = String.join(", ", Collections.nCopies(kpis.size(), "?"));
        Object[] params = new Object[kpis.size() + 4];
        params[0] = version;
        params[1] = period;
        params[2] = network;
        for (int i = 0; i < kpis.size(); i++) {
            params[3 + i] = kpis.get(i);
        }
        params[params.length - 1] = category;
        return Jdbc.query(
                store,
                "SELECT t.code, t.name, t.population, t.population_millesime, v.kpi, v.value,"
                        + " coalesce(v.simulated, false) AS simulated"
                        + " FROM territory_category c JOIN territory t ON t.code = c.code"
                        + " LEFT JOIN kpi_value v ON v.scope = 'territory' AND v.subject = t.code"
                        + " AND v.methodology_version = ? AND v.period = ? AND v.network = ? AND v.kpi IN ("
                        + placeholders + ") WHERE c.category = ? AND v.kpi IS NOT NULL ORDER BY t.code, v.kpi",
                row -> new KpiRow(
                        row.getString("code"),
                        row.getString("name"),
                        Jdbc.nullableLong(row, "population"),
                        Jdbc.nullableInt(row, "population_millesime"),
                        row.getString("kpi"),
                        Jdbc.nullableDouble(row, "value"),
                        row.getBoolean("simulated")),
                params);
    }

    /**
     * The span of the official accounts' last follower snapshots observed before {@code end}, for
     * the territories of the category (one network or 'all').
     */
    public SnapshotSpan snapshotSpan(String category, String network, Instant end) {
        return Jdbc.query(
                        store,
                        "SELECT min(last_seen) AS first_seen, max(last_seen) AS last_seen FROM ("
                                + " SELECT max(s.observed_at) AS last_seen FROM account a"
                                + " JOIN territory_category c ON c.code = a.territory_code"
                                + " JOIN account_snapshot s ON s.account_id = a.account_id"
                                + " WHERE c.category = ? AND a.role = 'official' AND (? = 'all' OR a.network = ?)"
                                + " AND s.observed_at < ? AND s.followers IS NOT NULL GROUP BY a.account_id)",
                        row -> new SnapshotSpan(Jdbc.instant(row, "first_seen"), Jdbc.instant(row, "last_seen")),
                        category,
                        network,
                        network,
                        Jdbc.timestamp(end))
                .getFirst();
    }

    /** The kind of a territory of the registry (region, departement…), or null when unknown. */
    public @Nullable String kind(String code) {
        return Jdbc.query(store, "SELECT kind FROM territory WHERE code = ?", row -> row.getString(1), code).stream()
                .findFirst()
                .orElse(null);
    }

    /** The area itself and every territory whose région or département it is. */
    public Set<String> codesWithin(String area) {
        return Jdbc.query(
                        store,
                        "SELECT code FROM territory WHERE code = ? OR region_code = ? OR departement_code = ?",
                        row -> row.getString(1),
                        area,
                        area,
                        area)
                .stream()
                .collect(Collectors.toUnmodifiableSet());
    }
}
