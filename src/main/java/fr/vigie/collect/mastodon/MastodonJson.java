package fr.vigie.collect.mastodon;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.RawResponse;
import org.jspecify.annotations.Nullable;

/** Reading Mastodon's JSON answers; an answer of the wrong shape is a {@link CollectFailure}. */
final class MastodonJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MastodonJson() {}

    static JsonNode object(RawResponse response) {
        JsonNode node = parse(response);
        if (!node.isObject()) {
            throw new CollectFailure(response.endpoint() + ": the answer is not a JSON object");
        }
        return node;
    }

    static JsonNode array(RawResponse response) {
        JsonNode node = parse(response);
        if (!node.isArray()) {
            throw new CollectFailure(response.endpoint() + ": the answer is not a JSON array");
        }
        return node;
    }

    private static JsonNode parse(RawResponse response) {
        try {
            JsonNode node = JSON.readTree(response.body());
            if (node == null) {
                throw new CollectFailure(response.endpoint() + ": empty answer");
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

    /** An id: Mastodon sends strings; its digits are kept as they are, never read as a number. */
    static @Nullable String id(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null
                || !(value.isTextual() || value.isIntegralNumber())
                || value.asText().isEmpty()) {
            return null;
        }
        return value.asText();
    }

    static @Nullable Long count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToLong() ? null : value.asLong();
    }
}
