package fr.vigie.simulate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.vigie.store.SimulationInputs.Place;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * dataset.json: how the dataset was made (generator, seed, scope, period, metric ages) and what it
 * holds (rows per file), always with "simulated": true. No clock time, so reruns are byte-identical.
 */
final class Manifest {
    static final String FILE = "dataset.json";

    private Manifest() {}

    static void write(
            Path folder,
            SimulationSettings settings,
            SimulationScope resolved,
            List<Place> places,
            Map<String, Long> counts) {
        var scope = new LinkedHashMap<String, Object>();
        scope.put("argument", settings.scope().label());
        switch (resolved) {
            case SimulationScope.Region region -> describe(scope, "region", region.code(), places);
            case SimulationScope.Departement dep -> describe(scope, "departement", dep.code(), places);
            default -> scope.put("kind", "france");
        }
        scope.put("territories", places.size());
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("generator", Simulator.GENERATOR);
        manifest.put("simulated", true);
        manifest.put("note", "Simulated data from a statistical model (docs/simulator.md), not real figures.");
        manifest.put("seed", settings.seed());
        manifest.put("scope", scope);
        manifest.put("days", settings.days());
        manifest.put("from", settings.firstDay().toString());
        manifest.put("until", settings.until().toString());
        manifest.put("timezone", Rhythm.PARIS.getId());
        manifest.put("metric_ages", ages(settings));
        manifest.put("counts", counts);
        try {
            new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(folder.resolve(FILE).toFile(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /** Removes the manifest before files are rewritten, so a run that dies midway never looks complete. */
    static void forget(Path folder) {
        try {
            java.nio.file.Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + folder.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the folder already holds a complete dataset made by this generator with these settings
     * (the manifest is written last, so its presence means the files are complete).
     */
    static boolean matches(Path folder, SimulationSettings settings) {
        Path file = folder.resolve(FILE);
        if (!java.nio.file.Files.isRegularFile(file)) {
            return false;
        }
        try {
            var manifest = new ObjectMapper().readTree(file.toFile());
            return Simulator.GENERATOR.equals(manifest.path("generator").asText())
                    && manifest.path("seed").asLong() == settings.seed()
                    && settings.scope()
                            .label()
                            .equals(manifest.path("scope").path("argument").asText())
                    && manifest.path("days").asInt() == settings.days()
                    && settings.until().toString().equals(manifest.path("until").asText())
                    && ages(settings).equals(textsOf(manifest.path("metric_ages")));
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> ages(SimulationSettings settings) {
        return settings.metricAges().stream().map(SimulationSettings::formatAge).toList();
    }

    private static List<String> textsOf(com.fasterxml.jackson.databind.JsonNode array) {
        var texts = new java.util.ArrayList<String>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static void describe(Map<String, Object> scope, String kind, String code, List<Place> places) {
        scope.put("kind", kind);
        scope.put("code", code);
        places.stream()
                .filter(p -> p.kind().equals(kind) && p.code().equals(code))
                .findFirst()
                .ifPresent(p -> scope.put("name", p.name()));
    }
}
