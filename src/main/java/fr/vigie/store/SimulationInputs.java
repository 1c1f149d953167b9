package fr.vigie.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Read-only view of the territory registry that the dataset simulator works from: the territories
 * of a scope with their category (view {@code territory_category}), ordered by code.
 */
public final class SimulationInputs {
    /**
     * One territory of the registry as the simulator sees it.
     *
     * @param population 0 when the registry gives none
     * @param category slug of the first matching category rule, null when no rule matches
     */
    public record Place(
            String code,
            String kind,
            @Nullable String epciType,
            String name,
            long population,
            @Nullable String epciCode,
            @Nullable String eptCode,
            @Nullable String departementCode,
            @Nullable String regionCode,
            @Nullable String zone,
            @Nullable String category) {}

    private static final String SELECT =
            "SELECT t.code, t.kind, t.epci_type, t.name, coalesce(t.population, 0) AS population,"
                    + " t.epci_code, t.ept_code, t.departement_code, t.region_code, t.zone, c.category"
                    + " FROM territory t LEFT JOIN territory_category c ON c.code = t.code ";

    private final Store store;

    public SimulationInputs(Store store) {
        this.store = store;
    }

    /** Number of territories in the registry. */
    public long territoryCount() {
        return Jdbc.queryLong(store, "SELECT count(*) FROM territory");
    }

    /** The kinds of the territories holding this code (a code can be both a région and a département). */
    public List<String> kindsOf(String code) {
        return Jdbc.query(
                store,
                "SELECT DISTINCT kind FROM territory WHERE code = ? ORDER BY kind",
                row -> row.getString(1),
                code);
    }

    /** Every territory of the registry. */
    public List<Place> all() {
        return Jdbc.query(store, SELECT + "ORDER BY t.code, t.kind", SimulationInputs::place);
    }

    /** The région, its départements and communes, and the EPCI/EPT holding at least one of its communes. */
    public List<Place> region(String code) {
        return within("region_code", "region", code);
    }

    /** The département, its communes, and the EPCI/EPT holding at least one of its communes. */
    public List<Place> departement(String code) {
        return within("departement_code", "departement", code);
    }

    private List<Place> within(String parentColumn, String kind, String code) {
        String sql = SELECT
                + "WHERE (t.kind = ? AND t.code = ?)"
                + " OR (t.kind IN ('commune', 'departement') AND t.kind <> ? AND t." + parentColumn + " = ?)"
                + " OR (t.kind IN ('epci', 'ept') AND (t." + parentColumn + " = ?"
                + "   OR t.code IN (SELECT epci_code FROM territory WHERE kind = 'commune' AND " + parentColumn
                + " = ?)"
                + "   OR t.code IN (SELECT ept_code FROM territory WHERE kind = 'commune' AND " + parentColumn
                + " = ?)))"
                + " ORDER BY t.code, t.kind";
        return Jdbc.query(store, sql, SimulationInputs::place, kind, code, kind, code, code, code, code);
    }

    private static Place place(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Place(
                row.getString("code"),
                row.getString("kind"),
                row.getString("epci_type"),
                row.getString("name"),
                row.getLong("population"),
                row.getString("epci_code"),
                row.getString("ept_code"),
                row.getString("departement_code"),
                row.getString("region_code"),
                row.getString("zone"),
                row.getString("category"));
    }
}
