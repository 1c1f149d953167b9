package fr.vigie.ingest;

import fr.vigie.format.SourceRow;
import fr.vigie.store.ImportTarget;
import java.time.Instant;
import java.util.List;

/**
 * posts.ndjson: network, post_id, account, published_at, type required; text, url, hashtags
 * (extracted from the text when absent), simulated optional.
 */
final class PostsImport implements EntityImport {
    private final AccountDirectory accounts;

    PostsImport(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.POST;
    }

    @Override
    public List<String> requiredFields() {
        return List.of("network", "post_id", "account", "published_at", "type");
    }

    @Override
    public void stage(SourceRow row, RowWriter staging) {
        String network = RowFields.network(row);
        String postId = RowFields.required(row, "post_id");
        String account = RowFields.account(row, "account", network, accounts);
        Instant publishedAt = RowFields.time(row, "published_at");
        String type = RowFields.oneOf(row, "type", RowFields.POST_TYPES);
        String text = row.value("text");
        String url = RowFields.optional(row, "url");
        List<String> hashtags = RowFields.hashtags(row, text);
        boolean simulated = RowFields.flag(row, "simulated");
        staging.beginRow(row.line());
        staging.text(network);
        staging.text(postId);
        staging.text(account);
        staging.time(publishedAt);
        staging.text(type);
        staging.text(text);
        staging.text(url);
        staging.texts(hashtags);
        staging.flag(simulated);
        staging.endRow();
    }
}
