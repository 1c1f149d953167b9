package fr.vigie.collect.x;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.JsonAnswers;
import fr.vigie.collect.RawResponse;
import fr.vigie.format.Timestamps;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reading the X API v2's JSON answers: every answer is an object ({@code data}, {@code includes},
 * {@code meta}, {@code errors}); ids are strings kept as sent (they exceed 2^53); an answer of the
 * wrong shape is a {@link CollectFailure}.
 */
final class XJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private XJson() {}

    static JsonNode object(RawResponse response) {
        return object(response.endpoint(), response.body());
    }

    static JsonNode object(String endpoint, byte[] body) {
        JsonNode node;
        try {
            node = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new CollectFailure(endpoint + ": malformed JSON (" + e.getOriginalMessage() + ")", e);
        } catch (java.io.IOException e) {
            throw new CollectFailure(endpoint + ": unreadable answer (" + e.getMessage() + ")", e);
        }
        if (node == null || !node.isObject()) {
            throw new CollectFailure(endpoint + ": the answer is not a JSON object");
        }
        return node;
    }

    /** The object as text, or null when the body is not a JSON object (an error page, say). */
    static @Nullable JsonNode objectOrNull(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException e) {
            return null; // not JSON: the caller reports the status instead
        }
    }

    static @Nullable String text(JsonNode node, String field) {
        return JsonAnswers.text(node, field);
    }

    /** An id: X sends strings of digits; they are kept as they are, never read as numbers. */
    static @Nullable String id(JsonNode node, String field) {
        return JsonAnswers.id(node, field);
    }

    /** A count, or null when absent (unknown, never 0). */
    static @Nullable Long count(JsonNode node, String field) {
        return JsonAnswers.count(node, field);
    }

    static @Nullable String lowerCase(@Nullable String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    static Instant instant(String endpoint, String text) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CollectFailure(endpoint + ": created_at " + e.getMessage(), e);
        }
    }
}
