package fr.vigie.collect.youtube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.JsonAnswers;
import fr.vigie.collect.RawResponse;
import fr.vigie.format.Timestamps;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reading the YouTube Data API's JSON: answers must be objects; counts come as JSON strings of digits
 * ({@code "viewCount": "1234"}) or numbers and are read exactly as longs, never through a double.
 */
final class YouTubeJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIGITS = Pattern.compile("\\d{1,19}");

    private YouTubeJson() {}

    static JsonNode parse(RawResponse response) {
        return JsonAnswers.object(response);
    }

    /** Whether an archived answer is a refusal the connector accepted as "nothing here" (e.g. comments disabled). */
    static boolean isRefusal(JsonNode answer) {
        return answer.path("error").isObject();
    }

    /**
     * The reasons of a Google API error body: {@code error.errors[].reason} (e.g. {@code quotaExceeded})
     * and {@code error.details[].reason} (e.g. {@code API_KEY_INVALID}); empty when the body is not one.
     */
    static Set<String> errorReasons(byte[] body) {
        Set<String> reasons = new LinkedHashSet<>();
        try {
            JsonNode error = JSON.readTree(body).path("error");
            for (JsonNode each : error.path("errors")) {
                addText(reasons, each.path("reason"));
            }
            for (JsonNode detail : error.path("details")) {
                addText(reasons, detail.path("reason"));
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not a Google error body: no reason to read, the status speaks alone
        }
        return reasons;
    }

    /** {@code error.message} of a Google API error body, or null. */
    static @Nullable String errorMessage(byte[] body) {
        try {
            return text(JSON.readTree(body).path("error"), "message");
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static void addText(Set<String> into, JsonNode value) {
        if (value.isTextual() && !value.asText().isBlank()) {
            into.add(value.asText());
        }
    }

    static @Nullable String text(JsonNode node, String field) {
        return JsonAnswers.text(node, field);
    }

    /** A count, exactly; absent or null is unknown; anything but digits is a failure naming {@code where}. */
    static @Nullable Long count(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual() && DIGITS.matcher(value.asText()).matches()) {
            try {
                return Long.parseLong(value.asText());
            } catch (NumberFormatException e) {
                throw notACount(field, value, where);
            }
        }
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
            return value.longValue();
        }
        throw notACount(field, value, where);
    }

    private static CollectFailure notACount(String field, JsonNode value, String where) {
        return new CollectFailure(where + ": " + field + " " + value + " is not a count");
    }

    /** A timestamp field (RFC 3339), or a failure naming {@code where}. */
    static Instant instant(JsonNode node, String field, String where) {
        String text = text(node, field);
        if (text == null) {
            throw new CollectFailure(where + ": no " + field);
        }
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new CollectFailure(where + ": " + field + " " + e.getMessage(), e);
        }
    }
}
