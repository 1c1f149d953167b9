package fr.vigie.simulate;

import org.jspecify.annotations.Nullable;

/** The files of a dataset, in import order, with their CSV header as docs/formats/README.md gives it. */
public enum DatasetFile {
    ACCOUNTS("accounts.csv", "territory_code,network,handle,role,theme,status,platform_id,display_name,simulated"),
    HASHTAGS("territory_hashtags.csv", "territory_code,tag,simulated"),
    SNAPSHOTS("account_snapshots.csv", "network,account,observed_at,followers,following,posts_count,simulated"),
    POSTS("posts.ndjson", null),
    METRICS("post_metrics.csv", "network,post_id,observed_at,likes,comments,shares,quotes,saves,views,simulated"),
    COMMENTS("comments.ndjson", null),
    CITIZEN_POSTS("citizen_posts.ndjson", null),
    MENTIONS("mentions.csv", "network,post_id,from_account,to_handle,kind,published_at,simulated");

    private final String fileName;
    private final @Nullable String header;

    DatasetFile(String fileName, @Nullable String header) {
        this.fileName = fileName;
        this.header = header;
    }

    public String fileName() {
        return fileName;
    }

    /** The CSV header line, or null for NDJSON files. */
    public @Nullable String header() {
        return header;
    }
}
