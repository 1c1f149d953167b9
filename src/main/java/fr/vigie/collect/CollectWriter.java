package fr.vigie.collect;

import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountTable;
import fr.vigie.store.CollectStatusTable;
import fr.vigie.store.CollectTable;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Stores what a connector mapped for one account, in one transaction: citizens' ids become keyed
 * pseudonyms first (the account's own replies are written as {@link #ACCOUNT_AUTHOR}, an author the
 * platform did not give as {@link Collected.Comment#UNKNOWN_AUTHOR}; a mention of
 * a handle that is not a registered account is pseudonymised too, as it may be a citizen's), then
 * rows are inserted by natural key and the account's watermarks move forward. Comment ids that would
 * name their author (a Bluesky at:// URI, a URL) are rewritten by {@link ContentIds}.
 */
final class CollectWriter {
    /** The author written for the account's own replies, as the comments import does. */
    static final String ACCOUNT_AUTHOR = "account";

    private final Store store;
    private final Supplier<Pseudonymiser> pseudonymiser;

    CollectWriter(Store store, Supplier<Pseudonymiser> pseudonymiser) {
        this.store = store;
        this.pseudonymiser = pseudonymiser;
    }

    private String contentId(String network, String id, @org.jspecify.annotations.Nullable String own) {
        return ContentIds.stored(pseudonymiser.get(), network, id, own);
    }

    private String author(String network, Collected.Comment comment) {
        if (comment.fromAccount()) {
            return ACCOUNT_AUTHOR;
        }
        if (comment.authorId().equals(Collected.Comment.UNKNOWN_AUTHOR)) {
            return Collected.Comment.UNKNOWN_AUTHOR;
        }
        return pseudonymiser.get().pseudonym(network, comment.authorId());
    }

    CollectTable.Added write(Connector connector, CollectTarget target, Collected collected, Instant now) {
        String network = connector.network();
        String own =
                collected.snapshot().platformId() != null ? collected.snapshot().platformId() : target.platformId();
        var s = collected.snapshot();
        var snapshot = new CollectTable.SnapshotRow(s.observedAt(), s.followers(), s.following(), s.postsCount());
        List<CollectTable.PostRow> posts = collected.posts().stream()
                .map(p -> new CollectTable.PostRow(
                        p.postId(),
                        p.publishedAt(),
                        p.type(),
                        p.text(),
                        p.url(),
                        p.hashtags(),
                        p.observedAt(),
                        p.likes(),
                        p.comments(),
                        p.shares(),
                        p.quotes(),
                        p.views()))
                .toList();
        List<CollectTable.CommentRow> comments = collected.comments().stream()
                .map(c -> new CollectTable.CommentRow(
                        contentId(network, c.commentId(), own),
                        c.postId(),
                        c.parentCommentId() == null ? null : contentId(network, c.parentCommentId(), own),
                        author(network, c),
                        c.fromAccount(),
                        c.publishedAt(),
                        c.text(),
                        c.likes()))
                .toList();
        var accounts = new AccountTable(store);
        List<CollectTable.MentionRow> mentions = collected.mentions().stream()
                .map(m -> new CollectTable.MentionRow(
                        m.postId(),
                        accounts.byHandle(network, m.toHandle()).isPresent()
                                ? m.toHandle()
                                : pseudonymiser.get().pseudonym(network, m.toHandle()),
                        m.kind().stored(),
                        m.publishedAt()))
                .toList();
        return store.inTransaction(() -> {
            var added = new CollectTable(store)
                    .write(network, target.accountId(), connector.source(), snapshot, posts, comments, mentions);
            var watermarks = new CollectStatusTable(store);
            collected.posts().stream()
                    .map(Collected.Post::publishedAt)
                    .max(Comparator.naturalOrder())
                    .ifPresent(
                            newest -> watermarks.advanceWatermark(network, target.accountId(), "posts", newest, now));
            collected.comments().stream()
                    .map(Collected.Comment::publishedAt)
                    .max(Comparator.naturalOrder())
                    .ifPresent(newest ->
                            watermarks.advanceWatermark(network, target.accountId(), "comments", newest, now));
            return added;
        });
    }
}
