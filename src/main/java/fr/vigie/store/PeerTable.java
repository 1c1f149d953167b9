package fr.vigie.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the peer benchmark reads: every territory of a category with its région and its stored
 * values of every KPI on one network (or 'all') for a period and methodology version.
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

    /** One row per stored value (a territory without any comes once with a null kpi), ordered by code. */
    public List<ValueRow> values(String category, String version, String period, String network) {
        return Jdbc.query(
                store,
                "SELECT t.code, t.name, t.population, t.population_millesime, t.region_code, v.kpi, v.value,"
                        + " coalesce(v.simulated, false) AS simulated"
                        + " FROM territory_category c JOIN territory t ON t.code = c.code"
                        + " LEFT JOIN kpi_value v ON v.scope = 'territory' AND v.subject = t.code"
                        + " AND v.methodology_version = ? AND v.period = ? AND v.network = ?"
                        + " WHERE c.category = ? ORDER BY t.code, v.kpi",
                row -> new ValueRow(
                        row.getString("code"),
                        row.getString("name"),
                        Jdbc.nullableLong(row, "population"),
                        Jdbc.nullableInt(row, "population_millesime"),
                        row.getString("region_code"),
                        row.getString("kpi"),
                        Jdbc.nullableDouble(row, "value"),
                        row.getBoolean("simulated")),
                version,
                period,
                network,
                category);
    }
}
