package fr.vigie.ingest;

import fr.vigie.format.RowRejected;
import fr.vigie.format.SourceRow;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.ImportTarget;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * comments.ndjson: network, comment_id, post_id, published_at and author_id required (author_id may
 * be absent on the account's own replies, {@code from_account: true}); the author becomes a keyed
 * pseudonym and any author name is dropped.
 */
final class CommentsImport implements EntityImport {
    /** Pseudonym of the account's own replies that name no author. */
    static final String ACCOUNT_AUTHOR = "account";

    private final Pseudonymiser pseudonymiser;

    CommentsImport(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.COMMENT;
    }

    @Override
    public List<String> requiredFields() {
        return List.of("network", "comment_id", "post_id", "published_at", "author_id");
    }

    @Override
    public Set<String> publicFields() {
        return Set.of(
                "network",
                "comment_id",
                "post_id",
                "parent_comment_id",
                "from_account",
                "published_at",
                "text",
                "likes",
                "simulated");
    }

    @Override
    public void stage(SourceRow row, RowWriter staging) {
        String network = RowFields.network(row);
        String commentId = RowFields.required(row, "comment_id");
        String postId = RowFields.required(row, "post_id");
        String parent = RowFields.optional(row, "parent_comment_id");
        boolean fromAccount = RowFields.flag(row, "from_account");
        String author = RowFields.optional(row, "author_id");
        if (author == null && !fromAccount) {
            throw new RowRejected("author_id", "missing value");
        }
        String pseudonym = author == null ? ACCOUNT_AUTHOR : pseudonymiser.pseudonym(network, author);
        Instant publishedAt = RowFields.time(row, "published_at");
        String text = row.value("text");
        Long likes = RowFields.count(row, "likes");
        boolean simulated = RowFields.flag(row, "simulated");
        staging.beginRow(row.line());
        staging.text(network);
        staging.text(commentId);
        staging.text(postId);
        staging.text(parent);
        staging.text(pseudonym);
        staging.flag(fromAccount);
        staging.time(publishedAt);
        staging.text(text);
        staging.count(likes);
        staging.flag(simulated);
        staging.endRow();
    }
}
