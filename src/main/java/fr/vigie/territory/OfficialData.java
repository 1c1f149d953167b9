package fr.vigie.territory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.VigieException;
import fr.vigie.territory.OfficialEntries.Area;
import fr.vigie.territory.OfficialEntries.Commune;
import fr.vigie.territory.OfficialEntries.Group;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the data folder of the npm package {@code @etalab/decoupage-administratif} (communes.json,
 * epci.json, ept.json, departements.json, regions.json) into a registry. Only current communes
 * ("commune-actuelle") are kept: communes déléguées, associées and Paris/Lyon/Marseille
 * arrondissements are not territories with their own accounts.
 */
public final class OfficialData {
    public static final String COMMUNES = "communes.json";
    public static final String EPCI = "epci.json";
    public static final String EPT = "ept.json";
    public static final String DEPARTEMENTS = "departements.json";
    public static final String REGIONS = "regions.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private OfficialData() {}

    /** Reads and checks the folder; the source names the package (e.g. "@etalab/decoupage-administratif 6.0.0"). */
    public static OfficialRegistry read(Path folder, int cogYear, int populationMillesime) {
        var entries = new OfficialEntries.All(
                areas(read(folder, REGIONS), false),
                areas(read(folder, DEPARTEMENTS), true),
                communes(read(folder, COMMUNES)),
                groups(read(folder, EPCI)),
                groups(read(folder, EPT)));
        var edition = new RegistryEdition(cogYear, populationMillesime, source(folder), RegistryEdition.ETALAB_LICENCE);
        return new OfficialRegistry(edition, RegistryAssembly.assemble(entries, cogYear, populationMillesime));
    }

    private static List<JsonEntry> read(Path folder, String file) {
        Path path = folder.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new VigieException(
                    folder + " has no " + file
                            + ": give the data folder of @etalab/decoupage-administratif (npm pack it, then untar: package/data)");
        }
        try {
            return JsonEntry.entries(file, JSON.readTree(path.toFile()));
        } catch (JacksonException e) {
            throw new VigieException(
                    path + " is not valid JSON (line " + e.getLocation().getLineNr() + "): " + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new VigieException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<Area> areas(List<JsonEntry> entries, boolean withRegion) {
        return entries.stream()
                .map(e -> new Area(e.text("code"), e.text("nom"), withRegion ? e.text("region") : null, e.text("zone")))
                .toList();
    }

    private static List<Commune> communes(List<JsonEntry> entries) {
        return entries.stream()
                .filter(e -> "commune-actuelle".equals(e.text("type")))
                .map(e -> new Commune(
                        e.text("code"),
                        e.text("nom"),
                        e.optionalText("zone"),
                        e.text("departement"),
                        e.text("region"),
                        e.optionalText("siren"),
                        e.texts("codesPostaux"),
                        e.optionalCount("population")))
                .toList();
    }

    private static List<Group> groups(List<JsonEntry> entries) {
        return entries.stream()
                .map(e -> new Group(e.text("code"), e.text("nom"), e.text("type"), e.codesOf("membres")))
                .toList();
    }

    /** The package and version from ../package.json beside the data folder, when present. */
    private static String source(Path folder) {
        Path manifest = folder.toAbsolutePath().resolveSibling("package.json");
        try {
            if (Files.isRegularFile(manifest)) {
                JsonNode node = JSON.readTree(manifest.toFile());
                return node.path("name").asText("?") + " "
                        + node.path("version").asText("?");
            }
        } catch (IOException e) {
            // the source is informative only: fall back to the folder name below
        }
        return "@etalab/decoupage-administratif (" + folder.toAbsolutePath() + ")";
    }
}
