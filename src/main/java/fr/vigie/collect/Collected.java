package fr.vigie.collect;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one fetch of an account maps to: a profile snapshot and the account's own posts with their metrics. */
public record Collected(Snapshot snapshot, List<Post> posts) {
    /** The account's counters at {@code observedAt} (fetch time); any may be unknown. */
    public record Snapshot(
            Instant observedAt,
            @Nullable Long followers,
            @Nullable Long following,
            @Nullable Long postsCount) {}

    /** A post and its counters at {@code observedAt}; any count may be unknown. */
    public record Post(
            String postId,
            Instant publishedAt,
            String type,
            @Nullable String text,
            @Nullable String url,
            List<String> hashtags,
            Instant observedAt,
            @Nullable Long likes,
            @Nullable Long comments,
            @Nullable Long shares,
            @Nullable Long quotes) {}
}
