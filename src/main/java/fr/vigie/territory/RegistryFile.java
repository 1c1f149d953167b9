package fr.vigie.territory;

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
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The compact registry shipped in the jar: a gzipped CSV, one line a territory of any kind (postal
 * codes space-separated), plus a properties file beside it stating the edition (cog_year,
 * population_millesime, source, licence). Written by {@code vigie territories import
 * --write-registry}; the output is byte-for-byte reproducible from the same input.
 */
public final class RegistryFile {
    /** Base name of the registry shipped under /territory/ in the jar. */
    public static final String SHIPPED = "registry-2026";

    static final String[] COLUMNS = {
        "code",
        "kind",
        "epci_type",
        "name",
        "population",
        "zone",
        "epci_code",
        "ept_code",
        "departement_code",
        "region_code",
        "siren",
        "postal_codes"
    };

    private RegistryFile() {}

    /** The properties file that goes with a registry file: x.csv.gz → x.properties. */
    public static Path propertiesOf(Path csvGz) {
        String name = csvGz.getFileName().toString().replaceFirst("(\\.csv)?(\\.gz)?$", "");
        return csvGz.resolveSibling(name + ".properties");
    }

    public static void write(OfficialRegistry registry, Path csvGz) {
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
                for (Territory t : registry.territories()) {
                    csv.printRecord(RegistryLine.values(t));
                }
            }
            RegistryEdition e = registry.edition();
            String properties = "cog_year=" + e.cogYear() + "\npopulation_millesime=" + e.populationMillesime()
                    + "\nsource=" + e.source() + "\nlicence=" + e.licence() + "\n";
            Files.writeString(propertiesOf(csvGz), properties, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the registry " + csvGz + ": " + e.getMessage(), e);
        }
    }

    /** Reads a registry file and the properties beside it. */
    public static OfficialRegistry read(Path csvGz) {
        Path propertiesFile = propertiesOf(csvGz);
        try (InputStream csv = Files.newInputStream(csvGz);
                InputStream properties = Files.newInputStream(propertiesFile)) {
            return read(csv, properties, csvGz.toString());
        } catch (IOException e) {
            throw new VigieException(
                    "cannot read the registry " + csvGz + " and " + propertiesFile + ": " + e.getMessage(), e);
        }
    }

    /** The registry shipped in the jar. */
    public static OfficialRegistry shipped() {
        String base = "/territory/" + SHIPPED;
        try (InputStream csv = RegistryFile.class.getResourceAsStream(base + ".csv.gz");
                InputStream properties = RegistryFile.class.getResourceAsStream(base + ".properties")) {
            if (csv == null || properties == null) {
                throw new IllegalStateException("the build lacks " + base + ".csv.gz or .properties");
            }
            return read(csv, properties, base + ".csv.gz");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped registry: " + e.getMessage(), e);
        }
    }

    static OfficialRegistry read(InputStream csvGz, InputStream propertiesStream, String name) throws IOException {
        var properties = new Properties();
        properties.load(new InputStreamReader(propertiesStream, StandardCharsets.UTF_8));
        var edition = new RegistryEdition(
                intProperty(properties, "cog_year", name),
                intProperty(properties, "population_millesime", name),
                properties.getProperty("source", "unknown"),
                properties.getProperty("licence", "unknown"));
        List<Territory> territories = new ArrayList<>(40_000);
        try (Reader in = new InputStreamReader(new GZIPInputStream(csvGz, 1 << 16), StandardCharsets.UTF_8)) {
            var format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            var parser = format.parse(in);
            if (!parser.getHeaderNames().equals(Arrays.asList(COLUMNS))) {
                throw new VigieException(name + ": header should be " + String.join(",", COLUMNS) + ", found "
                        + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord record : parser) {
                territories.add(RegistryLine.territory(record, edition, name));
            }
        }
        return new OfficialRegistry(edition, territories);
    }

    private static int intProperty(Properties properties, String key, String name) {
        String value = properties.getProperty(key);
        try {
            return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new VigieException(
                    "the properties of " + name + " should give " + key + " as a year, found " + value, e);
        }
    }
}
