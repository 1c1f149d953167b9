package fr.vigie.store;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code citizen_post} (citizens' public posts under a territory's hashtags) and the hashtags of
 * territories ({@code territory_hashtag}) they are searched by. Inserts are idempotent: rows are staged
 * in a temporary table, then inserted with an ANTI JOIN on (network, post_id).
 */
public final class CitizenPostTable {
    /** A hashtag of a territory, in stored form (lower case, without '#'). */
    public record TerritoryTag(String territoryCode, String tag) {}

    /** A citizen's post; the author is already a pseudonym. */
    public record CitizenPostRow(
            String postId,
            String territoryCode,
            String authorPseudonym,
            Instant publishedAt,
            @Nullable String type,
            @Nullable String text,
            List<String> hashtags,
            @Nullable Long likes,
            @Nullable Long comments,
            @Nullable Long shares) {}

    private final Store store;

    public CitizenPostTable(Store store) {
        this.store = store;
    }

    /** The hashtags of these territories (every territory when empty), by tag then territory code. */
    public List<TerritoryTag> territoryTags(List<String> territoryCodes) {
        return Jdbc.query(
                store,
                "SELECT territory_code, tag FROM territory_hashtag WHERE ? OR list_contains(?, territory_code)"
                        + " ORDER BY tag, territory_code",
                row -> new TerritoryTag(row.getString(1), row.getString(2)),
                territoryCodes.isEmpty(),
                List.copyOf(territoryCodes));
    }

    /** Deletes the posts a search wrote ({@code source}) on a network, before a replay. */
    public void deleteAll(String network, String source) {
        Jdbc.update(store, "DELETE FROM citizen_post WHERE network = ? AND source = ?", network, source);
    }

    /** The publication time of the newest stored post of a network carrying {@code tag}, or null. */
    public @Nullable Instant newest(String network, String tag) {
        List<Instant> newest = Jdbc.query(
                store,
                "SELECT max(published_at) AS newest FROM citizen_post WHERE network = ? AND list_contains(hashtags, ?)",
                row -> Jdbc.instant(row, "newest"),
                network,
                tag);
        return newest.isEmpty() ? null : newest.getFirst();
    }

    /** Inserts the posts not stored yet (by network and post id), not simulated; returns how many. */
    public int insertNew(String network, String source, List<CitizenPostRow> rows) {
        return store.inTransaction(() -> {
            Jdbc.update(
                    store,
                    "CREATE TEMP TABLE IF NOT EXISTS collect_citizen_post AS SELECT * FROM citizen_post WITH NO DATA");
            Jdbc.update(store, "DELETE FROM temp.collect_citizen_post");
            Jdbc.appendToTemporary(
                    store,
                    "collect_citizen_post",
                    rows,
                    r -> Arrays.asList(
                            network,
                            r.postId(),
                            r.territoryCode(),
                            r.authorPseudonym(),
                            r.publishedAt(),
                            r.type(),
                            r.text(),
                            r.hashtags(),
                            r.likes(),
                            r.comments(),
                            r.shares(),
                            source,
                            false));
            return Jdbc.update(
                    store,
                    "INSERT INTO citizen_post SELECT DISTINCT ON (network, post_id) s.* FROM temp.collect_citizen_post s"
                            + " ANTI JOIN citizen_post t USING (network, post_id)");
        });
    }
}
