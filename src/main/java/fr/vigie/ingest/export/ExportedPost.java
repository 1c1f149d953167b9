package fr.vigie.ingest.export;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a platform export in canonical terms: a post, its metrics as observed when the export
 * was made, and the account's followers at posting time when the export gives them. Counts are null
 * when unknown (a blanked cell is never zero).
 *
 * @param network a network id (facebook, instagram, youtube…)
 * @param postId the post id as the export gives it; a bare Facebook post number is prefixed by the
 *     Page id at import (page_post) when the account's platform id is known
 * @param accounts references to the post's account, best first (platform id, then handle, then
 *     --account); the first that the registry knows wins
 */
public record ExportedPost(
        String network,
        String postId,
        List<String> accounts,
        Instant publishedAt,
        String type,
        @Nullable String text,
        @Nullable String url,
        Metrics metrics,
        @Nullable Long followersAtPosting) {

    public ExportedPost {
        accounts = List.copyOf(accounts);
    }

    /** The post_metric counts, observed at {@code observedAt}. */
    public record Metrics(
            Instant observedAt,
            @Nullable Long likes,
            @Nullable Long comments,
            @Nullable Long shares,
            @Nullable Long saves,
            @Nullable Long views) {
        /** True when the export gives no count at all for the post (then no metric row is stored). */
        public boolean isEmpty() {
            return likes == null && comments == null && shares == null && saves == null && views == null;
        }
    }
}
