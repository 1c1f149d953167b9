package fr.vigie.territory.location;

import fr.vigie.territory.ShippedCsv;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The locations shipped in the jar: a gzipped CSV (code, latitude, longitude), one line a territory,
 * and a properties file beside it naming the source and its licence. Written by {@code vigie
 * territories locate --write-locations}; the same input gives the same bytes.
 */
public final class LocationFile {
    /** Base name of the locations shipped under /territory/ in the jar. */
    public static final String SHIPPED = "locations-2026";

    private static final List<String> COLUMNS = List.of("code", "latitude", "longitude");

    private LocationFile() {}

    /** The locations shipped in the jar, each carrying the source its properties name. */
    public static List<Location> shipped() {
        var content = ShippedCsv.shipped(SHIPPED, COLUMNS);
        String source = content.properties().getProperty("source", "unknown");
        return content.records().stream()
                .map(r -> new Location(r.get(0), Double.parseDouble(r.get(1)), Double.parseDouble(r.get(2)), source))
                .toList();
    }

    /** Writes the locations (by code, 5 decimals: about a metre) and the properties beside them. */
    public static void write(List<Location> locations, String source, String licence, Path csvGz) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("source", source);
        properties.put("licence", licence);
        ShippedCsv.write(
                csvGz,
                COLUMNS,
                locations.stream()
                        .sorted(Comparator.comparing(Location::code))
                        .map(l -> List.of(l.code(), degrees(l.latitude()), degrees(l.longitude())))
                        .toList(),
                properties);
    }

    /** The properties file that goes with a locations file: x.csv.gz → x.properties. */
    public static Path propertiesOf(Path csvGz) {
        return ShippedCsv.propertiesOf(csvGz);
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
