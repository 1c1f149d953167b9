package fr.vigie.collect;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One platform response as received, archived before anything reads it. */
public record RawResponse(String endpoint, @Nullable String contentType, byte[] body, Instant fetchedAt) {
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
