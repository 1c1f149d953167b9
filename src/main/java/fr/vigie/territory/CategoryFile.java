package fr.vigie.territory;

import fr.vigie.VigieException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Parses and checks a categories file; every error names the file, line and column. */
final class CategoryFile {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> EPCI_TYPES = Set.of("CC", "CA", "CU", "MET");

    private CategoryFile() {}

    static List<CategoryRule> parse(Reader in, String file) throws IOException {
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreSurroundingSpaces(true)
                .setIgnoreHeaderCase(true)
                .setIgnoreEmptyLines(true)
                .get();
        List<CategoryRule> rules = new ArrayList<>();
        Set<Integer> positions = new HashSet<>();
        var parser = format.parse(in);
        for (String column :
                List.of("position", "category", "label", "kind", "epci_type", "min_population", "max_population")) {
            if (!parser.getHeaderMap().containsKey(column)) {
                throw new VigieException(file + ": missing column '" + column + "' in the header line");
            }
        }
        for (CSVRecord record : parser) {
            CategoryRule rule = rule(record, file);
            if (!positions.add(rule.position())) {
                throw new VigieException(where(record, file, "position") + ": position " + rule.position()
                        + " is used twice; give each rule its own position");
            }
            rules.add(rule);
        }
        if (rules.isEmpty()) {
            throw new VigieException(file + ": no category rule; see the built-in categories.csv for the format");
        }
        return rules;
    }

    private static CategoryRule rule(CSVRecord record, String file) {
        String category = record.get("category");
        if (!SLUG.matcher(category).matches()) {
            throw new VigieException(where(record, file, "category") + ": '" + category
                    + "' should be a slug of lower-case letters, digits and hyphens (e.g. grandes-villes)");
        }
        String label = record.get("label");
        if (label.isBlank()) {
            throw new VigieException(where(record, file, "label") + ": give a label");
        }
        TerritoryKind kind = TerritoryKind.parse(record.get("kind"))
                .orElseThrow(() -> new VigieException(where(record, file, "kind") + ": '" + record.get("kind")
                        + "' should be one of commune, epci, ept, departement, region, com"));
        String epciType = record.get("epci_type").isEmpty() ? null : record.get("epci_type");
        if (epciType != null && !EPCI_TYPES.contains(epciType)) {
            throw new VigieException(where(record, file, "epci_type") + ": '" + epciType
                    + "' should be empty or one of CC, CA, CU, MET");
        }
        Long min = number(record, file, "min_population");
        Long max = number(record, file, "max_population");
        if (min != null && max != null && min > max) {
            throw new VigieException(
                    where(record, file, "min_population") + ": " + min + " is above max_population " + max);
        }
        Long position = number(record, file, "position");
        if (position == null || position > Integer.MAX_VALUE) {
            throw new VigieException(where(record, file, "position") + ": give the rule's position (1, 2, …)");
        }
        return new CategoryRule(position.intValue(), category, label, kind, epciType, min, max);
    }

    private static @Nullable Long number(CSVRecord record, String file, String column) {
        String text = record.get(column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException("negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new VigieException(where(record, file, column) + ": '" + text
                    + "' should be a whole number of inhabitants, without separators, or empty");
        }
    }

    private static String where(CSVRecord record, String file, String column) {
        return file + " line " + record.getParser().getCurrentLineNumber() + ", column " + column;
    }
}
