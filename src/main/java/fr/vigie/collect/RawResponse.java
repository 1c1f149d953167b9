package fr.vigie.collect;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One platform response as received, archived before anything reads it; {@code headers} holds the
 * first value of each response header under its lower-case name (paging links travel there).
 */
public record RawResponse(
        String endpoint, @Nullable String contentType, byte[] body, Instant fetchedAt, Map<String, String> headers) {
    public RawResponse {
        headers = Map.copyOf(headers);
    }

    public RawResponse(String endpoint, @Nullable String contentType, byte[] body, Instant fetchedAt) {
        this(endpoint, contentType, body, fetchedAt, Map.of());
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The first value of header {@code name} (any case), or null. */
    public @Nullable String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
