package fr.vigie.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The queries of the map page: the stored territory values of one KPI (network 'all') for every
 * territory of a kind, the months that have some, and the communes of a département.
 */
public final class MapTable {
    private final Store store;

    public MapTable(Store store) {
        this.store = store;
    }

    /**
     * A territory and its value (null when none is stored).
     *
     * @param zone metro, drom or com (null when the registry gives none)
     */
    public record AreaValue(
            String code,
            String name,
            @Nullable String zone,
            @Nullable String regionCode,
            @Nullable Double value,
            boolean simulated) {}

    /** Every territory of the kind with its value of the KPI for the period, by code. */
    public List<AreaValue> values(String kind, String kpi, String version, String period) {
        return Jdbc.query(
                store,
                "SELECT t.code, t.name, t.zone, t.region_code, v.value, coalesce(v.simulated, false) AS simulated"
                        + " FROM territory t LEFT JOIN kpi_value v ON v.subject = t.code AND v.scope = 'territory'"
                        + " AND v.network = 'all' AND v.kpi = ? AND v.methodology_version = ? AND v.period = ?"
                        + " WHERE t.kind = ? ORDER BY t.code",
                MapTable::area,
                kpi,
                version,
                period,
                kind);
    }

    /**
     * A commune, its value and its point (WGS 84 degrees, null when the store has none).
     */
    public record CommuneValue(
            AreaValue area,
            @Nullable Double latitude,
            @Nullable Double longitude) {}

    /**
     * The {@code limit} communes of the département with the best values of the KPI for the period
     * (highest first, or lowest first when lower is better), with their points; communes without a
     * value are left out.
     */
    public List<CommuneValue> bestCommunes(
            String departementCode, String kpi, String version, String period, boolean higherIsBetter, int limit) {
        return Jdbc.query(
                store,
                "SELECT t.code, t.name, t.zone, t.region_code, v.value, v.simulated, l.latitude, l.longitude"
                        + " FROM territory t"
                        + " JOIN kpi_value v ON v.subject = t.code AND v.scope = 'territory' AND v.network = 'all'"
                        + " AND v.kpi = ? AND v.methodology_version = ? AND v.period = ?"
                        + " LEFT JOIN territory_location l ON l.code = t.code"
                        + " WHERE t.kind = 'commune' AND t.departement_code = ? AND v.value IS NOT NULL"
                        + " ORDER BY CASE WHEN ? THEN -v.value ELSE v.value END, t.code LIMIT ?",
                row -> new CommuneValue(
                        area(row), Jdbc.nullableDouble(row, "latitude"), Jdbc.nullableDouble(row, "longitude")),
                kpi,
                version,
                period,
                departementCode,
                higherIsBetter,
                limit);
    }

    /** The monthly periods (YYYY-MM) having values of the KPI for territories of the kind, latest first. */
    public List<String> months(String kind, String kpi, String version) {
        return Jdbc.query(
                store,
                "SELECT DISTINCT v.period FROM kpi_value v JOIN territory t ON t.code = v.subject"
                        + " WHERE v.scope = 'territory' AND v.network = 'all' AND v.kpi = ? AND v.methodology_version = ?"
                        + " AND t.kind = ? AND regexp_full_match(v.period, '\\d{4}-\\d{2}') ORDER BY v.period DESC",
                row -> row.getString(1),
                kpi,
                version,
                kind);
    }

    private static AreaValue area(java.sql.ResultSet row) throws java.sql.SQLException {
        return new AreaValue(
                row.getString("code"),
                row.getString("name"),
                row.getString("zone"),
                row.getString("region_code"),
                Jdbc.nullableDouble(row, "value"),
                row.getBoolean("simulated"));
    }
}
