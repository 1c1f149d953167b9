package fr.vigie.ranking;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.kpi.KpiCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The published, editable weights of the composite score: the built-in /ranking/weights.csv, or
 * {@code <home>/weights.csv} when it exists. The KPI list comes from the file, so a new KPI id joins
 * the composite by configuration.
 *
 * @param source the file the weights were read from, stated beside every composite
 */
public record CompositeWeights(String source, List<Weight> weights) {
    /** Name of the override file in the workspace home. */
    public static final String FILE_NAME = "weights.csv";

    private static final String BUILT_IN = "/ranking/weights.csv";

    /** One KPI of the composite with its weight and its better direction. */
    public record Weight(String kpiId, double weight, BetterDirection better) {}

    public CompositeWeights {
        weights = List.copyOf(weights);
    }

    /** The override file of the home when it exists, else the built-in weights. */
    public static CompositeWeights load(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return builtIn();
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        } catch (IOException e) {
            throw new VigieException("cannot read the weights file " + file + ": " + e.getMessage(), e);
        }
    }

    public static CompositeWeights builtIn() {
        try (InputStream in = CompositeWeights.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the build lacks " + BUILT_IN);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "built-in " + BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUILT_IN, e);
        }
    }

    /** The KPI ids of positive weight, in file order. */
    public List<String> kpiIds() {
        return weights.stream().filter(w -> w.weight() > 0).map(Weight::kpiId).toList();
    }

    static CompositeWeights parse(Reader in, String source) throws IOException {
        var format = CSVFormat.RFC4180
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<Weight> weights = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        var parser = format.parse(in);
        for (CSVRecord record : parser) {
            long line = parser.getCurrentLineNumber();
            String id = field(record, "kpi_id", source, line);
            if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                throw problem(
                        source, line, "kpi_id", "'" + id + "' is not a KPI id (kebab-case, e.g. engagement-rate)");
            }
            if (!seen.add(id)) {
                throw problem(source, line, "kpi_id", "'" + id + "' is listed twice: keep one line");
            }
            double weight = weight(field(record, "weight", source, line), source, line);
            String better = record.isMapped("better") && record.isSet("better") ? record.get("better") : "";
            weights.add(new Weight(id, weight, direction(id, better, source, line)));
        }
        if (weights.stream().noneMatch(w -> w.weight() > 0)) {
            throw new VigieException(source + ": no KPI has a positive weight: give at least one a weight above 0");
        }
        return new CompositeWeights(source, weights);
    }

    private static String field(CSVRecord record, String name, String source, long line) {
        if (!record.isMapped(name)) {
            throw problem(source, 1, name, "the header lacks the column " + name + ": use kpi_id,weight,better");
        }
        String value = record.isSet(name) ? record.get(name).strip() : "";
        if (value.isEmpty()) {
            throw problem(source, line, name, "empty: fill it in");
        }
        return value;
    }

    private static double weight(String text, String source, long line) {
        try {
            double weight = Double.parseDouble(text);
            if (Double.isFinite(weight) && weight >= 0) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw problem(source, line, "weight", "'" + text + "' is not a number of 0 or more, e.g. 2 or 0.5");
    }

    private static BetterDirection direction(String id, String better, String source, long line) {
        Optional<BetterDirection> stated = switch (better.strip().toLowerCase(Locale.ROOT)) {
            case "" -> Optional.empty();
            case "higher" -> Optional.of(BetterDirection.HIGHER);
            case "lower" -> Optional.of(BetterDirection.LOWER);
            default -> throw problem(source, line, "better", "'" + better + "' is neither higher nor lower");
        };
        Optional<BetterDirection> known = KpiCatalogue.find(id).map(Kpi::betterDirection);
        if (known.isPresent() && stated.isPresent() && known.get() != stated.get()) {
            throw problem(
                    source,
                    line,
                    "better",
                    "the catalogue says " + known.get().name().toLowerCase(Locale.ROOT) + " is better for " + id
                            + ": leave the field empty");
        }
        return known.or(() -> stated)
                .orElseThrow(() -> problem(
                        source,
                        line,
                        "better",
                        id + " is not in the KPI catalogue, so its direction is unknown: write higher or lower"));
    }

    private static VigieException problem(String source, long line, String field, String what) {
        return new VigieException(source + ", line " + line + ", field " + field + ": " + what);
    }
}
