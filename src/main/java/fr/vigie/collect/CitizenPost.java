package fr.vigie.collect;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's public post found under a territory's hashtag, as the platform gives it.
 * {@code authorId} is the author's raw platform id (pseudonymised before it is stored);
 * {@code authorHandle}, when known, only serves to recognise a registered account's own posts and is
 * never stored. Any count may be unknown.
 */
public record CitizenPost(
        String postId,
        String authorId,
        @Nullable String authorHandle,
        Instant publishedAt,
        String type,
        @Nullable String text,
        List<String> hashtags,
        @Nullable Long likes,
        @Nullable Long comments,
        @Nullable Long shares) {
    /** The author of a post whose platform names none (Instagram hashtag search): stored as written. */
    public static final String UNKNOWN_AUTHOR = Collected.Comment.UNKNOWN_AUTHOR;

    public CitizenPost {
        hashtags = List.copyOf(hashtags);
    }
}
