package fr.vigie.collect;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one fetch of an account maps to: a profile snapshot, the account's own posts with their
 * metrics, the replies and comments under those posts, and the accounts its posts mention, repost or
 * answer. Citizens' ids are still raw here: {@link CollectService} pseudonymises them before storing.
 */
public record Collected(Snapshot snapshot, List<Post> posts, List<Comment> comments, List<Mention> mentions) {
    public Collected {
        posts = List.copyOf(posts);
        comments = List.copyOf(comments);
        mentions = List.copyOf(mentions);
    }

    /** A profile and posts, without comments or mentions. */
    public Collected(Snapshot snapshot, List<Post> posts) {
        this(snapshot, posts, List.of(), List.of());
    }

    /**
     * The account as the platform describes it at {@code observedAt} (fetch time): its stable
     * platform id and current handle when the platform gives them (renames are detected on the id),
     * and its counters, any of which may be unknown.
     */
    public record Snapshot(
            Instant observedAt,
            @Nullable String platformId,
            @Nullable String handle,
            @Nullable Long followers,
            @Nullable Long following,
            @Nullable Long postsCount) {
        /** A snapshot without identity (the platform did not say). */
        public Snapshot(
                Instant observedAt, @Nullable Long followers, @Nullable Long following, @Nullable Long postsCount) {
            this(observedAt, null, null, followers, following, postsCount);
        }
    }

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
            @Nullable Long quotes,
            @Nullable Long views) {
        /** A post whose views the platform does not give. */
        public Post(
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
                @Nullable Long quotes) {
            this(postId, publishedAt, type, text, url, hashtags, observedAt, likes, comments, shares, quotes, null);
        }
    }

    /**
     * A reply or comment under one of the account's posts ({@code postId}), or under another comment
     * ({@code parentCommentId}). {@code authorId} is the author's platform id (never a display name);
     * {@code fromAccount} is true when the collected account itself wrote it.
     */
    public record Comment(
            String commentId,
            String postId,
            @Nullable String parentCommentId,
            String authorId,
            boolean fromAccount,
            Instant publishedAt,
            @Nullable String text,
            @Nullable Long likes) {
        /**
         * The author id of a comment whose author the platform does not give (e.g. Facebook without
         * page permissions): stored as written, never pseudonymised, so that counts of distinct
         * citizens can leave it out.
         */
        public static final String UNKNOWN_AUTHOR = "unknown";
    }

    /** Kinds of links from a post to another account. */
    public enum MentionKind {
        MENTION,
        REPOST,
        REPLY;

        public String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The post {@code postId} mentions, reposts or answers the account {@code toHandle} (normalised). */
    public record Mention(String postId, String toHandle, MentionKind kind, Instant publishedAt) {}
}
