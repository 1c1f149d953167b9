package fr.vigie.territory.location;

import fr.vigie.VigieException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The locations shipped in the jar: a gzipped CSV (code, latitude, longitude), one line a territory,
 * and a properties file beside it naming the source and its licence. Written by {@code vigie
 * territories locate --write-locations}; the same input gives the same bytes.
 */
public final class LocationFile {
    /** Base name of the locations shipped under /territory/ in the jar. */
    public static final String SHIPPED = "locations-2026";

    private static final String[] COLUMNS = {"code", "latitude", "longitude"};

    private LocationFile() {}

    /** The locations shipped in the jar, each carrying the source its properties name. */
    public static List<Location> shipped() {
        String base = "/territory/" + SHIPPED;
        try (InputStream csv = LocationFile.class.getResourceAsStream(base + ".csv.gz");
                InputStream properties = LocationFile.class.getResourceAsStream(base + ".properties")) {
            if (csv == null || properties == null) {
                throw new IllegalStateException("the build lacks " + base + ".csv.gz or .properties");
            }
            var about = new Properties();
            about.load(new InputStreamReader(properties, StandardCharsets.UTF_8));
            return read(csv, about.getProperty("source", "unknown"), base + ".csv.gz");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped locations: " + e.getMessage(), e);
        }
    }

    static List<Location> read(InputStream csvGz, String source, String name) throws IOException {
        List<Location> locations = new ArrayList<>(10_000);
        try (Reader in = new InputStreamReader(new GZIPInputStream(csvGz), StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in);
            if (!parser.getHeaderNames().equals(List.of(COLUMNS))) {
                throw new VigieException(name + ": header should be " + String.join(",", COLUMNS));
            }
            for (CSVRecord record : parser) {
                locations.add(new Location(
                        record.get(0), Double.parseDouble(record.get(1)), Double.parseDouble(record.get(2)), source));
            }
        }
        return locations;
    }

    /** Writes the locations (by code, 5 decimals: about a metre) and the properties beside them. */
    public static void write(List<Location> locations, String source, String licence, Path csvGz) {
        try {
            Path parent = csvGz.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer out = new BufferedWriter(new OutputStreamWriter(
                            new GZIPOutputStream(Files.newOutputStream(csvGz)), StandardCharsets.UTF_8));
                    CSVPrinter csv = CSVFormat.DEFAULT
                            .builder()
                            .setHeader(COLUMNS)
                            .setRecordSeparator('\n')
                            .get()
                            .print(out)) {
                for (Location l : locations.stream()
                        .sorted(Comparator.comparing(Location::code))
                        .toList()) {
                    csv.printRecord(l.code(), degrees(l.latitude()), degrees(l.longitude()));
                }
            }
            Files.writeString(
                    propertiesOf(csvGz), "source=" + source + "\nlicence=" + licence + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the locations " + csvGz + ": " + e.getMessage(), e);
        }
    }

    /** The properties file that goes with a locations file: x.csv.gz → x.properties. */
    public static Path propertiesOf(Path csvGz) {
        String name = csvGz.getFileName().toString().replaceFirst("(\\.csv)?(\\.gz)?$", "");
        return csvGz.resolveSibling(name + ".properties");
    }

    private static String degrees(double value) {
        return String.format(Locale.ROOT, "%.5f", value);
    }
}
