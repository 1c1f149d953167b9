package fr.vigie.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Keeps only the named public fields of a citizen's raw line before it is kept in the quarantine.
 * An allow-list, not a deny-list: whatever else a platform puts in a line (an author object, a
 * {@code from} with a name, a {@code reply_to_user}) is dropped, nested or not. A line that is not
 * one JSON object (e.g. truncated) is withheld entirely (null): it cannot be cleaned safely.
 */
public final class PublicFields {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PublicFields() {}

    public static @Nullable String keepOnly(String rawLine, Set<String> publicFields) {
        JsonNode line;
        try {
            line = JSON.readTree(rawLine);
        } catch (JsonProcessingException e) {
            return null;
        }
        if (line == null || !line.isObject()) {
            return null;
        }
        ObjectNode kept = JSON.createObjectNode();
        line.properties().forEach(field -> {
            if (publicFields.contains(field.getKey()) && !field.getValue().isObject()) {
                kept.set(field.getKey(), field.getValue());
            }
        });
        return kept.toString();
    }
}
