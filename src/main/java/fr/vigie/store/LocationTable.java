package fr.vigie.store;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The points where territories lie (table territory_location), replaced as a whole. */
public final class LocationTable {
    private final Store store;

    public LocationTable(Store store) {
        this.store = store;
    }

    /** A territory's point, in degrees (WGS 84), and where it comes from. */
    public record LocationRow(String code, double latitude, double longitude, String source) {}

    /** How many points a source gave. */
    public record SourceCount(String source, long count) {}

    /** Replaces every point by these, in one transaction; returns how many were stored. */
    public long replaceAll(Collection<LocationRow> rows) {
        return store.inTransaction(() -> {
            Jdbc.update(store, "DELETE FROM territory_location");
            return Jdbc.append(
                    store,
                    "territory_location",
                    rows,
                    r -> Arrays.asList(r.code(), r.latitude(), r.longitude(), r.source()));
        });
    }

    public long count() {
        return Jdbc.queryLong(store, "SELECT count(*) FROM territory_location");
    }

    public Optional<LocationRow> find(String code) {
        return Jdbc.query(
                        store,
                        "SELECT code, latitude, longitude, source FROM territory_location WHERE code = ?",
                        row -> new LocationRow(row.getString(1), row.getDouble(2), row.getDouble(3), row.getString(4)),
                        code)
                .stream()
                .findFirst();
    }

    /** The sources of the stored points, with their counts, largest first. */
    public List<SourceCount> sources() {
        return Jdbc.query(
                store,
                "SELECT source, count(*) FROM territory_location GROUP BY source ORDER BY count(*) DESC, source",
                row -> new SourceCount(row.getString(1), row.getLong(2)));
    }
}
