package fr.vigie.territory;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.VigieException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One object of an official JSON file, read field by field; every failure names the file, the
 * entry (1-based position, and its code when known), the field and what was expected.
 */
record JsonEntry(String file, int position, JsonNode node) {

    static List<JsonEntry> entries(String file, JsonNode array) {
        if (!array.isArray()) {
            throw new VigieException(file + ": expected a JSON array of entries, found " + array.getNodeType());
        }
        List<JsonEntry> result = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            JsonEntry entry = new JsonEntry(file, i + 1, node);
            if (!node.isObject()) {
                throw entry.invalid("the entry", "a JSON object");
            }
            result.add(entry);
        }
        return result;
    }

    String text(String field) {
        String value = optionalText(field);
        if (value == null || value.isBlank()) {
            throw invalid(field, "a non-empty text");
        }
        return value;
    }

    @Nullable String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw invalid(field, "a text");
        }
        return value.asText();
    }

    /** A count (population): absent or null means unknown; otherwise a non-negative integer. */
    @Nullable Long optionalCount(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw invalid(field, "a non-negative integer");
        }
        return value.asLong();
    }

    List<String> texts(String field) {
        List<String> result = new ArrayList<>();
        for (JsonEntry item : items(field)) {
            if (!item.node.isTextual()) {
                throw invalid(field, "an array of texts");
            }
            result.add(item.node.asText());
        }
        return result;
    }

    /** The codes of an array of objects each with a "code" text (the members of an EPCI). */
    List<String> codesOf(String field) {
        List<String> result = new ArrayList<>();
        for (JsonEntry item : items(field)) {
            JsonNode code = item.node.get("code");
            if (code == null || !code.isTextual() || code.asText().isBlank()) {
                throw invalid(field, "an array of objects each with a \"code\"");
            }
            result.add(code.asText());
        }
        return result;
    }

    /** The elements of an array field; absent means none. */
    List<JsonEntry> items(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw invalid(field, "an array");
        }
        List<JsonEntry> result = new ArrayList<>(value.size());
        value.forEach(item -> result.add(new JsonEntry(file, position, item)));
        return result;
    }

    VigieException invalid(String field, String expected) {
        JsonNode code = node.isObject() ? node.get("code") : null;
        String which = code != null && code.isTextual() ? " (code " + code.asText() + ")" : "";
        JsonNode found = node.isObject() ? node.get(field) : node;
        return new VigieException(file + " entry " + position + which + ": field '" + field + "' should be "
                + expected + ", found " + (found == null ? "nothing" : found.toString())
                + "; fix the file or use the unmodified data folder of @etalab/decoupage-administratif");
    }
}
