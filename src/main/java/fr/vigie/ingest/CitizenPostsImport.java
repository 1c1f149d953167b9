package fr.vigie.ingest;

import fr.vigie.format.SourceRow;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.ImportTarget;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * citizen_posts.ndjson: network, post_id, territory_code, author_id, published_at required; type,
 * text, hashtags (extracted from the text when absent), likes, comments, shares, simulated optional.
 * The author becomes a keyed pseudonym.
 */
final class CitizenPostsImport implements EntityImport {
    private final Pseudonymiser pseudonymiser;

    CitizenPostsImport(Pseudonymiser pseudonymiser) {
        this.pseudonymiser = pseudonymiser;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.CITIZEN_POST;
    }

    @Override
    public List<String> requiredFields() {
        return List.of("network", "post_id", "territory_code", "author_id", "published_at");
    }

    @Override
    public Set<String> publicFields() {
        return Set.of(
                "network",
                "post_id",
                "territory_code",
                "published_at",
                "type",
                "text",
                "hashtags",
                "likes",
                "comments",
                "shares",
                "simulated");
    }

    @Override
    public void stage(SourceRow row, RowWriter staging) {
        String network = RowFields.network(row);
        String postId = RowFields.required(row, "post_id");
        String territory = RowFields.required(row, "territory_code");
        String pseudonym = pseudonymiser.pseudonym(network, RowFields.required(row, "author_id"));
        Instant publishedAt = RowFields.time(row, "published_at");
        String type = row.value("type") == null ? null : RowFields.oneOf(row, "type", RowFields.POST_TYPES);
        String text = row.value("text");
        List<String> hashtags = RowFields.hashtags(row, text);
        Long likes = RowFields.count(row, "likes");
        Long comments = RowFields.count(row, "comments");
        Long shares = RowFields.count(row, "shares");
        boolean simulated = RowFields.flag(row, "simulated");
        staging.beginRow(row.line());
        staging.text(network);
        staging.text(postId);
        staging.text(territory);
        staging.text(pseudonym);
        staging.time(publishedAt);
        staging.text(type);
        staging.text(text);
        staging.texts(hashtags);
        staging.count(likes);
        staging.count(comments);
        staging.count(shares);
        staging.flag(simulated);
        staging.endRow();
    }
}
