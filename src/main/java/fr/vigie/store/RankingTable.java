package fr.vigie.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/** Categories of territories, the KPI values a palmarès ranks, and the stored palmarès (ranking table). */
public final class RankingTable {
    private final Store store;

    public RankingTable(Store store) {
        this.store = store;
    }

    /** A category (stratum) of the editable rules, in the order of its first rule. */
    public record Category(String slug, String label) {}

    /** A territory of a category with its stored territory value (null when none). */
    public record Candidate(
            String code,
            String name,
            @Nullable Long population,
            @Nullable Integer populationMillesime,
            @Nullable Double value,
            boolean simulated) {}

    /** One ranked territory in one view (raw | per-capita). */
    public record Row(
            String view,
            String territoryCode,
            int rank,
            boolean tied,
            @Nullable Double value,
            boolean simulated) {}

    public List<Category> categories() {
        return Jdbc.query(
                store,
                "SELECT category, arg_min(label, position) AS label FROM category_rule GROUP BY category"
                        + " ORDER BY min(position)",
                row -> new Category(row.getString("category"), row.getString("label")));
    }

    private static final String CANDIDATES =
            "SELECT c.category, t.code, t.name, t.population, t.population_millesime, v.value,"
                    + " coalesce(v.simulated, false) AS simulated"
                    + " FROM territory_category c JOIN territory t ON t.code = c.code"
                    + " LEFT JOIN kpi_value v ON v.scope = 'territory' AND v.subject = t.code AND v.kpi = ?"
                    + " AND v.methodology_version = ? AND v.period = ? AND v.network = ?";

    /** Every territory of every category with its value, in one query: category → candidates by code. */
    public Map<String, List<Candidate>> candidatesOfEveryCategory(
            String kpi, String version, String period, String network) {
        return candidatesOfEveryCategory(kpi, version, period, network, false);
    }

    /**
     * As {@link #candidatesOfEveryCategory(String, String, String, String)}; with valuedOnly, only the
     * territories that have a value (the ranked ones), which is what a publication stores — a
     * France-wide registry holds tens of thousands of territories without any.
     */
    public Map<String, List<Candidate>> candidatesOfEveryCategory(
            String kpi, String version, String period, String network, boolean valuedOnly) {
        Map<String, List<Candidate>> byCategory = new LinkedHashMap<>();
        Jdbc.query(
                        store,
                        CANDIDATES + " WHERE c.category IS NOT NULL" + (valuedOnly ? " AND v.value IS NOT NULL" : "")
                                + " ORDER BY c.category, t.code",
                        row -> Map.entry(row.getString("category"), candidate(row)),
                        kpi,
                        version,
                        period,
                        network)
                .forEach(e -> byCategory
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return byCategory;
    }

    private static Candidate candidate(java.sql.ResultSet row) throws SQLException {
        return new Candidate(
                row.getString("code"),
                row.getString("name"),
                Jdbc.nullableLong(row, "population"),
                Jdbc.nullableLong(row, "population_millesime") == null ? null : row.getInt("population_millesime"),
                Jdbc.nullableDouble(row, "value"),
                row.getBoolean("simulated"));
    }

    /** Every territory of the category with its value of the KPI on the network for the period. */
    public List<Candidate> candidates(String category, String kpi, String version, String period, String network) {
        return Jdbc.query(
                store,
                CANDIDATES + " WHERE c.category = ? ORDER BY t.code",
                row -> new Candidate(
                        row.getString("code"),
                        row.getString("name"),
                        Jdbc.nullableLong(row, "population"),
                        Jdbc.nullableLong(row, "population_millesime") == null
                                ? null
                                : row.getInt("population_millesime"),
                        Jdbc.nullableDouble(row, "value"),
                        row.getBoolean("simulated")),
                kpi,
                version,
                period,
                network,
                category);
    }

    /** Replaces the stored palmarès of (period, version, category, kpi, network) with these rows. */
    public void replace(
            String period,
            String version,
            String category,
            String kpi,
            String network,
            Instant computedAt,
            List<Row> rows) {
        replaceAll(period, version, kpi, network, computedAt, Map.of(category, rows));
    }

    /** As {@link #replace} for several categories at once, in one transaction. */
    public void replaceAll(
            String period,
            String version,
            String kpi,
            String network,
            Instant computedAt,
            Map<String, List<Row>> rowsByCategory) {
        replaceEvery(period, version, kpi, computedAt, Map.of(network, rowsByCategory));
    }

    /**
     * Replaces the stored palmarès of a KPI for several networks and categories at once (network →
     * category → rows), in one transaction: a reader never sees a palmarès missing, a failed append
     * keeps the old one. The rows are staged, upserted, then the stale ones dropped (ranking_staging
     * in V004 says why).
     */
    public void replaceEvery(
            String period,
            String version,
            String kpi,
            Instant computedAt,
            Map<String, Map<String, List<Row>>> rowsByNetworkAndCategory) {
        Instant stamp = computedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        store.inTransaction(() -> {
            List<String> categories = new ArrayList<>();
            try (DuckDBAppender appender =
                    store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ranking_staging")) {
                for (var byNetwork : rowsByNetworkAndCategory.entrySet()) {
                    for (var entry : byNetwork.getValue().entrySet()) {
                        categories.add(entry.getKey());
                        for (Row row : entry.getValue()) {
                            appender.beginRow()
                                    .append(period)
                                    .append(version)
                                    .append(entry.getKey())
                                    .append(kpi)
                                    .append(byNetwork.getKey())
                                    .append(row.view())
                                    .append(row.territoryCode())
                                    .append(row.rank())
                                    .append(row.tied())
                                    .append(row.value())
                                    .append(row.simulated())
                                    .append(stamp.atOffset(ZoneOffset.UTC).toLocalDateTime())
                                    .endRow();
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("cannot store the palmarès: " + e.getMessage(), e);
            }
            Jdbc.update(store, "INSERT OR REPLACE INTO ranking SELECT * FROM ranking_staging");
            Jdbc.update(
                    store,
                    "DELETE FROM ranking WHERE period = ? AND methodology_version = ? AND kpi = ?"
                            + " AND list_contains(?, network) AND list_contains(?, category) AND computed_at <> ?",
                    period,
                    version,
                    kpi,
                    List.copyOf(rowsByNetworkAndCategory.keySet()),
                    categories.stream().distinct().toList(),
                    Jdbc.timestamp(stamp));
            Jdbc.update(store, "DELETE FROM ranking_staging");
            return null;
        });
    }

    /**
     * The territories with a value of the KPI, on every network and all networks together, in one
     * query: network → category → candidates by code.
     */
    public Map<String, Map<String, List<Candidate>>> valuedOfEveryNetwork(String kpi, String version, String period) {
        Map<String, Map<String, List<Candidate>>> result = new LinkedHashMap<>();
        Jdbc.query(
                        store,
                        "SELECT v.network, c.category, t.code, t.name, t.population, t.population_millesime, v.value,"
                                + " v.simulated FROM kpi_value v JOIN territory t ON t.code = v.subject"
                                + " JOIN territory_category c ON c.code = t.code"
                                + " WHERE v.scope = 'territory' AND v.kpi = ? AND v.methodology_version = ?"
                                + " AND v.period = ? AND v.value IS NOT NULL AND c.category IS NOT NULL"
                                + " ORDER BY v.network, c.category, t.code",
                        row -> Map.entry(
                                row.getString("network") + "\u0000" + row.getString("category"), candidate(row)),
                        kpi,
                        version,
                        period)
                .forEach(e -> {
                    String[] key = e.getKey().split("\u0000", 2);
                    result.computeIfAbsent(key[0], k -> new LinkedHashMap<>())
                            .computeIfAbsent(key[1], k -> new ArrayList<>())
                            .add(e.getValue());
                });
        return result;
    }
}
