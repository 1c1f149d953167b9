package fr.vigie.collect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.JsonAnswers;
import fr.vigie.collect.RawResponse;
import fr.vigie.format.Timestamps;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Reading Graph API answers: every answer is a JSON object; ids are kept as the text Meta sends
 * (numbers above 2^53 and {@code pageid_postid} pairs alike); counts are optional.
 */
final class GraphJson {

    private GraphJson() {}

    static JsonNode parse(RawResponse response) {
        return parse(response.endpoint(), response.body());
    }

    static JsonNode parse(String endpoint, byte[] body) {
        return JsonAnswers.object(endpoint, body);
    }

    static @Nullable String text(JsonNode node, String field) {
        return JsonAnswers.text(node, field);
    }

    /** An id as sent: a string, or an integral number written back with all its digits. */
    static @Nullable String id(JsonNode node, String field) {
        return JsonAnswers.id(node, field);
    }

    static @Nullable Long count(JsonNode node, String field) {
        return JsonAnswers.count(node, field);
    }

    /** Meta's {@code 2026-09-20T14:05:00+0000} (offset without colon) as an instant. */
    static Instant time(String endpoint, String field, String text) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CollectFailure(endpoint + ": " + field + " " + e.getMessage(), e);
        }
    }

    /** The {@code paging.cursors.after} of an edge, when {@code paging.next} says there is more. */
    static @Nullable String nextCursor(JsonNode edge) {
        JsonNode paging = edge.path("paging");
        if (text(paging, "next") == null) {
            return null;
        }
        return afterCursor(edge);
    }

    /** The {@code paging.cursors.after} of an edge, or null (nested edges carry no {@code next} link). */
    static @Nullable String afterCursor(JsonNode edge) {
        return text(edge.path("paging").path("cursors"), "after");
    }
}
