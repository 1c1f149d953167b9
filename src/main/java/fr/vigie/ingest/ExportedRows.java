package fr.vigie.ingest;

import fr.vigie.format.RowRejected;
import fr.vigie.ingest.export.ExportedPost;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The canonical rows of one exported post, named as posts.ndjson, post_metrics.csv and
 * account_snapshots.csv name them, for the canonical importers to validate and stage. Picks the
 * first account reference the registry knows, and completes a bare Facebook post number with the
 * Page id (page_post, as the Graph API and Vigie's other sources write it).
 */
record ExportedRows(
        CanonicalRow post,
        @Nullable CanonicalRow metric,
        @Nullable CanonicalRow snapshot) {

    static ExportedRows of(ExportedPost exported, long line, String raw, AccountDirectory accounts) {
        String network = exported.network();
        if (exported.accounts().isEmpty()) {
            throw new RowRejected(
                    "account",
                    "the export names no account for this row; give --account " + network + ":<handle or id>");
        }
        String reference = exported.accounts().getFirst();
        String accountId = null;
        for (String candidate : exported.accounts()) {
            var known = accounts.resolve(network, candidate);
            if (known.isPresent()) {
                reference = candidate;
                accountId = known.get();
                break;
            }
        }
        String postId = exported.postId();
        String prefix = "facebook:";
        if (network.equals("facebook")
                && postId.indexOf('_') < 0
                && accountId != null
                && accountId.startsWith(prefix)
                && accountId.substring(prefix.length()).chars().allMatch(Character::isDigit)) {
            postId = accountId.substring(prefix.length()) + "_" + postId;
        }
        var metrics = exported.metrics();
        if (!metrics.isEmpty() && metrics.observedAt().isBefore(exported.publishedAt())) {
            throw new RowRejected(
                    "observed_at",
                    "the export's date " + metrics.observedAt() + " is before the post's publication "
                            + exported.publishedAt() + "; give --observed-at the day the export was made");
        }
        Map<String, String> post = new HashMap<>();
        post.put("network", network);
        post.put("post_id", postId);
        post.put("account", reference);
        post.put("published_at", exported.publishedAt().toString());
        post.put("type", exported.type());
        putIfKnown(post, "text", exported.text());
        putIfKnown(post, "url", exported.url());
        CanonicalRow metric = null;
        if (!metrics.isEmpty()) {
            Map<String, String> m = new HashMap<>();
            m.put("network", network);
            m.put("post_id", postId);
            m.put("observed_at", metrics.observedAt().toString());
            putIfKnown(m, "likes", metrics.likes());
            putIfKnown(m, "comments", metrics.comments());
            putIfKnown(m, "shares", metrics.shares());
            putIfKnown(m, "saves", metrics.saves());
            putIfKnown(m, "views", metrics.views());
            metric = new CanonicalRow(line, m, raw);
        }
        CanonicalRow snapshot = null;
        if (exported.followersAtPosting() != null) {
            snapshot = new CanonicalRow(
                    line,
                    Map.of(
                            "network",
                            network,
                            "account",
                            reference,
                            "observed_at",
                            exported.publishedAt().toString(),
                            "followers",
                            exported.followersAtPosting().toString()),
                    raw);
        }
        return new ExportedRows(new CanonicalRow(line, post, raw), metric, snapshot);
    }

    private static void putIfKnown(Map<String, String> row, String field, @Nullable Object value) {
        if (value != null) {
            row.put(field, value.toString());
        }
    }
}
