package fr.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the peer benchmark reads: every territory of a category with its région and its stored
 * values of the composite's KPIs, and every value of the territory and its peers, on one network (or
 * 'all') for a period and methodology version.
 */
public final class PeerTable {
    private final Store store;

    public PeerTable(Store store) {
        this.store = store;
    }

    /** A territory of the category; kpi and value are null when it has no stored value at all. */
    public record ValueRow(
            String code,
            String name,
            @Nullable Long population,
            @Nullable Integer populationMillesime,
            @Nullable String regionCode,
            @Nullable String kpi,
            @Nullable Double value,
            boolean simulated) {}

    /**
     * Every territory of the category with its values of these KPIs for the period and network, by
     * code then KPI (a territory without any of them comes once, with a null KPI).
     */
    public List<ValueRow> values(String category, String version, String period, String network, List<String> kpis) {
        return Jdbc.query(
                store,
                "SELECT t.code, t.name, t.population, t.population_millesime, t.region_code, v.kpi, v.value,"
                        + " coalesce(v.simulated, false) AS simulated"
                        + " FROM territory_category c JOIN territory t ON t.code = c.code"
                        + " LEFT JOIN kpi_value v ON v.scope = 'territory' AND v.subject = t.code"
                        + " AND v.methodology_version = ? AND v.period = ? AND v.network = ?"
                        + " AND list_contains(?::VARCHAR[], v.kpi)"
                        + " WHERE c.category = ? ORDER BY t.code, v.kpi",
                PeerTable::row,
                version,
                period,
                network,
                kpis,
                category);
    }

    /** These territories with every value of theirs for the period and network, by code then KPI. */
    public List<ValueRow> valuesOf(List<String> codes, String version, String period, String network) {
        return Jdbc.query(
                store,
                "SELECT t.code, t.name, t.population, t.population_millesime, t.region_code, v.kpi, v.value,"
                        + " coalesce(v.simulated, false) AS simulated"
                        + " FROM territory t"
                        + " LEFT JOIN kpi_value v ON v.scope = 'territory' AND v.subject = t.code"
                        + " AND v.methodology_version = ? AND v.period = ? AND v.network = ?"
                        + " WHERE list_contains(?::VARCHAR[], t.code) ORDER BY t.code, v.kpi",
                PeerTable::row,
                version,
                period,
                network,
                codes);
    }

    private static ValueRow row(ResultSet row) throws SQLException {
        return new ValueRow(
                row.getString("code"),
                row.getString("name"),
                Jdbc.nullableLong(row, "population"),
                Jdbc.nullableInt(row, "population_millesime"),
                row.getString("region_code"),
                row.getString("kpi"),
                Jdbc.nullableDouble(row, "value"),
                row.getBoolean("simulated"));
    }
}
