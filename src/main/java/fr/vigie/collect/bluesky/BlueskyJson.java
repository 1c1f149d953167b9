package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.RawResponse;
import org.jspecify.annotations.Nullable;

/** Reading Bluesky's JSON answers; anything that is not a JSON object is a {@link CollectFailure}. */
final class BlueskyJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BlueskyJson() {}

    static JsonNode parse(RawResponse response) {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null || !node.isObject()) {
                throw new CollectFailure(response.endpoint() + ": the answer is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new CollectFailure(response.endpoint() + ": malformed JSON (" + e.getOriginalMessage() + ")", e);
        } catch (java.io.IOException e) {
            throw new CollectFailure(response.endpoint() + ": unreadable answer (" + e.getMessage() + ")", e);
        }
    }

    static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isTextual() || value.asText().isEmpty() ? null : value.asText();
    }

    static @Nullable Long count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }
}
