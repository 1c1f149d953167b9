package fr.vigie.store;

/**
 * The tables that file imports fill, with their natural keys. An importer stages rows with the
 * target's columns in table order, without {@code source} (set once per file by the merge).
 */
public enum ImportTarget {
    TERRITORY_HASHTAG("territory_hashtag", "territory_code, tag"),
    ACCOUNT_SNAPSHOT("account_snapshot", "account_id, observed_at"),
    POST("post", "network, post_id"),
    POST_METRIC("post_metric", "network, post_id, observed_at"),
    COMMENT("comment", "network, comment_id"),
    CITIZEN_POST("citizen_post", "network, post_id"),
    MENTION("mention", "network, post_id, to_handle, kind");

    private final String table;
    private final String key;

    ImportTarget(String table, String key) {
        this.table = table;
        this.key = key;
    }

    public String table() {
        return table;
    }

    /** The natural key columns, comma-separated, as in the table's primary key. */
    public String key() {
        return key;
    }
}
