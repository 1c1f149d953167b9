package fr.vigie.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Published editions of a palmarès: the rows of the ranking table as they were stored for a period
 * and methodology version, read back without recomputing anything.
 */
public final class EditionTable {
    private final Store store;

    public EditionTable(Store store) {
        this.store = store;
    }

    /** One territory's stored place, with its name from the territory table (its code when unknown). */
    public record StoredPlace(
            String territoryCode,
            String name,
            int rank,
            boolean tied,
            @Nullable Double value,
            Instant storedAt) {}

    /** A stored (period, methodology version) of a palmarès and when it was last stored. */
    public record StoredEdition(String period, String methodologyVersion, Instant storedAt) {}

    /** The stored palmarès of one view, by rank then code, in one query; empty when none is stored. */
    public List<StoredPlace> places(
            String period, String version, String category, String kpi, String network, String view) {
        return Jdbc.query(
                store,
                "SELECT r.territory_code, coalesce(t.name, r.territory_code) AS name, r.rank, r.tied, r.value,"
                        + " r.computed_at FROM ranking r LEFT JOIN territory t ON t.code = r.territory_code"
                        + " WHERE r.period = ? AND r.methodology_version = ? AND r.category = ? AND r.kpi = ?"
                        + " AND r.network = ? AND r.view = ? ORDER BY r.rank, r.territory_code",
                row -> new StoredPlace(
                        row.getString("territory_code"),
                        row.getString("name"),
                        row.getInt("rank"),
                        row.getBoolean("tied"),
                        Jdbc.nullableDouble(row, "value"),
                        Objects.requireNonNull(Jdbc.instant(row, "computed_at"))),
                period,
                version,
                category,
                kpi,
                network,
                view);
    }

    /** Every stored (period, version) of the category's palmarès on this kpi and network, newest first. */
    public List<StoredEdition> editions(String category, String kpi, String network) {
        return Jdbc.query(
                store,
                "SELECT period, methodology_version, max(computed_at) AS stored_at FROM ranking"
                        + " WHERE category = ? AND kpi = ? AND network = ?"
                        + " GROUP BY period, methodology_version ORDER BY period DESC, methodology_version DESC",
                row -> new StoredEdition(
                        row.getString("period"),
                        row.getString("methodology_version"),
                        Objects.requireNonNull(Jdbc.instant(row, "stored_at"))),
                category,
                kpi,
                network);
    }
}
