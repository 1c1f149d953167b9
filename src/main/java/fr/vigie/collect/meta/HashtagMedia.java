package fr.vigie.collect.meta;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A public Instagram media found under {@code hashtag} (normalised, without {@code #}) by hashtag
 * search. The API names no author: a citizen post built from it has none to pseudonymise. Any count
 * may be unknown ({@code like_count} is hidden when the owner hides likes).
 */
public record HashtagMedia(
        String mediaId,
        String hashtag,
        Instant publishedAt,
        String type,
        @Nullable String caption,
        @Nullable String url,
        List<String> hashtags,
        @Nullable Long likes,
        @Nullable Long comments) {
    public HashtagMedia {
        hashtags = List.copyOf(hashtags);
    }
}
