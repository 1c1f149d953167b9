package fr.vigie.territory.location;

import fr.vigie.store.LocationTable;
import fr.vigie.store.LocationTable.LocationRow;
import fr.vigie.store.LocationTable.SourceCount;
import fr.vigie.store.Store;
import java.util.List;
import java.util.Optional;

/**
 * The points where territories lie, held in the store: the locations shipped in the jar on first use,
 * or those a person imports with {@code vigie territories locate}. A territory without a point is
 * simply not drawn as one.
 */
public final class Locations {
    private final LocationTable table;

    public Locations(Store store) {
        this.table = new LocationTable(store);
    }

    /** Loads the shipped locations when the store has none; returns whether it did. */
    public boolean ensureLoaded() {
        if (table.count() > 0) {
            return false;
        }
        replace(LocationFile.shipped());
        return true;
    }

    /** Replaces every stored point by these, in one transaction; returns how many were stored. */
    public long replace(List<Location> locations) {
        return table.replaceAll(locations.stream()
                .map(l -> new LocationRow(l.code(), l.latitude(), l.longitude(), l.source()))
                .toList());
    }

    public Optional<Location> of(String code) {
        return table.find(code).map(r -> new Location(r.code(), r.latitude(), r.longitude(), r.source()));
    }

    /** The sources of the stored points and how many each gave. */
    public List<SourceCount> sources() {
        return table.sources();
    }
}
