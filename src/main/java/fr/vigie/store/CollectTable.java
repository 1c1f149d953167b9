package fr.vigie.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes what a connector collected for one account, idempotently: rows are staged in temporary
 * tables, then inserted with an ANTI JOIN on each table's natural key, so that collecting twice adds
 * no post and no snapshot twice, while a later observation adds a snapshot and a metric row.
 */
public final class CollectTable {
    /** The account's counters at a time (table {@code account_snapshot}). */
    public record SnapshotRow(
            Instant observedAt,
            @Nullable Long followers,
            @Nullable Long following,
            @Nullable Long postsCount) {}

    /** A post (table {@code post}) and its metrics at {@code observedAt} (table {@code post_metric}). */
    public record PostRow(
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
            @Nullable Long views) {}

    /** A comment under a post (table {@code comment}); the author is already a pseudonym. */
    public record CommentRow(
            String commentId,
            String postId,
            @Nullable String parentCommentId,
            String authorPseudonym,
            boolean fromAccount,
            Instant publishedAt,
            @Nullable String text,
            @Nullable Long likes) {}

    /** A link from one of the account's posts to another account (table {@code mention}). */
    public record MentionRow(String postId, String toHandle, String kind, Instant publishedAt) {}

    /** What one write added: posts and comments that were not stored yet. */
    public record Added(int posts, int comments) {}

    private static final String[] STAGES = {"account_snapshot", "post", "post_metric", "comment", "mention"};

    private final Store store;

    public CollectTable(Store store) {
        this.store = store;
    }

    /**
     * Writes one account's snapshot, posts, metrics, comments and mentions in one transaction (not
     * simulated); returns how many posts and comments were not stored yet.
     */
    public Added write(
            String network,
            String accountId,
            String source,
            SnapshotRow snapshot,
            List<PostRow> posts,
            List<CommentRow> comments,
            List<MentionRow> mentions) {
        return store.inTransaction(() -> {
            for (String table : STAGES) {
                Jdbc.update(
                        store,
                        "CREATE TEMP TABLE IF NOT EXISTS collect_" + table + " AS SELECT * FROM " + table
                                + " WITH NO DATA");
                Jdbc.update(store, "DELETE FROM temp.collect_" + table);
            }
            Jdbc.appendToTemporary(
                    store,
                    "collect_account_snapshot",
                    List.of(snapshot),
                    s -> Arrays.asList(
                            accountId, s.observedAt(), s.followers(), s.following(), s.postsCount(), source, false));
            Jdbc.appendToTemporary(
                    store,
                    "collect_post",
                    posts,
                    p -> Arrays.asList(
                            network,
                            p.postId(),
                            accountId,
                            p.publishedAt(),
                            p.type(),
                            p.text(),
                            p.url(),
                            p.hashtags(),
                            source,
                            false));
            Jdbc.appendToTemporary(
                    store,
                    "collect_post_metric",
                    posts,
                    p -> Arrays.asList(
                            network,
                            p.postId(),
                            p.observedAt(),
                            p.likes(),
                            p.comments(),
                            p.shares(),
                            p.quotes(),
                            null,
                            p.views(),
                            source,
                            false));
            Jdbc.appendToTemporary(
                    store,
                    "collect_comment",
                    comments,
                    c -> Arrays.asList(
                            network,
                            c.commentId(),
                            c.postId(),
                            c.parentCommentId(),
                            c.authorPseudonym(),
                            c.fromAccount(),
                            c.publishedAt(),
                            c.text(),
                            c.likes(),
                            source,
                            false));
            Jdbc.appendToTemporary(
                    store,
                    "collect_mention",
                    mentions,
                    m -> Arrays.asList(
                            network, m.postId(), accountId, m.toHandle(), m.kind(), m.publishedAt(), source, false));
            insertNew("account_snapshot", "account_id, observed_at");
            int addedPosts = insertNew("post", "network, post_id");
            insertNew("post_metric", "network, post_id, observed_at");
            int addedComments = insertNew("comment", "network, comment_id");
            insertNew("mention", "network, post_id, to_handle, kind");
            return new Added(addedPosts, addedComments);
        });
    }

    /**
     * Deletes what collection (rows of {@code source}) stored for one account: its snapshots, posts,
     * their metrics, comments and mentions; inside the caller's transaction, before a replay.
     */
    public void deleteCollected(String network, String accountId, String source) {
        String ownPosts = "SELECT post_id FROM post WHERE network = ? AND account_id = ?";
        Jdbc.update(
                store,
                "DELETE FROM post_metric WHERE source = ? AND network = ? AND post_id IN (" + ownPosts + ")",
                source,
                network,
                network,
                accountId);
        Jdbc.update(
                store,
                "DELETE FROM comment WHERE source = ? AND network = ? AND post_id IN (" + ownPosts + ")",
                source,
                network,
                network,
                accountId);
        Jdbc.update(
                store,
                "DELETE FROM mention WHERE source = ? AND network = ? AND from_account_id = ?",
                source,
                network,
                accountId);
        Jdbc.update(
                store,
                "DELETE FROM post WHERE source = ? AND network = ? AND account_id = ?",
                source,
                network,
                accountId);
        Jdbc.update(store, "DELETE FROM account_snapshot WHERE source = ? AND account_id = ?", source, accountId);
    }

    private int insertNew(String table, String key) {
        return Jdbc.update(
                store,
                "INSERT INTO " + table + " SELECT s.* FROM temp.collect_" + table + " s ANTI JOIN " + table
                        + " t USING (" + key + ")");
    }
}
