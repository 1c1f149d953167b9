package fr.vigie.collect;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reading the platforms' JSON answers, the same way for every connector: an answer that is not a
 * JSON object is a {@link CollectFailure} naming the endpoint; text fields are null when absent or
 * empty; ids are kept as the text sent (a string, or an integral number written back with all its
 * digits, never through a double); counts are null when absent (unknown, never 0).
 */
public final class JsonAnswers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswers() {}

    /** The answer's body as a JSON object. */
    public static JsonNode object(RawResponse response) {
        return object(response.endpoint(), response.body());
    }

    /** A body received from {@code endpoint}, as a JSON object. */
    public static JsonNode object(String endpoint, byte[] body) {
        JsonNode node = tree(endpoint, body);
        if (!node.isObject()) {
            throw new CollectFailure(endpoint + ": the answer is not a JSON object");
        }
        return node;
    }

    /** A body received from {@code endpoint}, as any JSON value (Mastodon sends arrays). */
    public static JsonNode tree(String endpoint, byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new CollectFailure(endpoint + ": empty answer");
            }
            return node;
        } catch (JacksonException e) {
            throw new CollectFailure(endpoint + ": malformed JSON (" + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new CollectFailure(endpoint + ": unreadable answer (" + e.getMessage() + ")", e);
        }
    }

    public static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isEmpty() ? null : value.asText();
    }

    public static @Nullable String id(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null
                || !(value.isTextual() || value.isIntegralNumber())
                || value.asText().isEmpty()) {
            return null;
        }
        return value.asText();
    }

    public static @Nullable Long count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }
}
