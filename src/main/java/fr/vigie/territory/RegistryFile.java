package fr.vigie.territory;

import fr.vigie.VigieException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
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

    static final List<String> COLUMNS = List.of(
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
            "postal_codes");

    private RegistryFile() {}

    /** The properties file that goes with a registry file: x.csv.gz → x.properties. */
    public static Path propertiesOf(Path csvGz) {
        return ShippedCsv.propertiesOf(csvGz);
    }

    public static void write(OfficialRegistry registry, Path csvGz) {
        RegistryEdition e = registry.edition();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("cog_year", String.valueOf(e.cogYear()));
        properties.put("population_millesime", String.valueOf(e.populationMillesime()));
        properties.put("source", e.source());
        properties.put("licence", e.licence());
        ShippedCsv.write(
                csvGz,
                COLUMNS,
                registry.territories().stream().map(RegistryLine::values).toList(),
                properties);
    }

    /** Reads a registry file and the properties beside it. */
    public static OfficialRegistry read(Path csvGz) {
        return registry(ShippedCsv.read(csvGz, COLUMNS), csvGz.toString());
    }

    /** The registry shipped in the jar. */
    public static OfficialRegistry shipped() {
        return registry(ShippedCsv.shipped(SHIPPED, COLUMNS), "/territory/" + SHIPPED + ".csv.gz");
    }

    private static OfficialRegistry registry(ShippedCsv.Content content, String name) {
        Properties properties = content.properties();
        var edition = new RegistryEdition(
                intProperty(properties, "cog_year", name),
                intProperty(properties, "population_millesime", name),
                properties.getProperty("source", "unknown"),
                properties.getProperty("licence", "unknown"));
        List<Territory> territories = new ArrayList<>(content.records().size());
        for (CSVRecord record : content.records()) {
            territories.add(RegistryLine.territory(record, edition, name));
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
