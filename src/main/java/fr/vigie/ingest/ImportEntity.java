package fr.vigie.ingest;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What `vigie import` reads, in the order of docs/formats/README.md (accounts, owned by the
 * accounts registry, come before all of these).
 */
public enum ImportEntity {
    HASHTAGS("hashtags", "territory_hashtags.csv", Format.CSV),
    SNAPSHOTS("snapshots", "account_snapshots.csv", Format.CSV),
    POSTS("posts", "posts.ndjson", Format.NDJSON),
    METRICS("metrics", "post_metrics.csv", Format.CSV),
    COMMENTS("comments", "comments.ndjson", Format.NDJSON),
    CITIZEN_POSTS("citizen-posts", "citizen_posts.ndjson", Format.NDJSON),
    MENTIONS("mentions", "mentions.csv", Format.CSV);

    /** The file formats Vigie reads. */
    public enum Format {
        CSV,
        NDJSON
    }

    private final String id;
    private final String fileName;
    private final Format format;

    ImportEntity(String id, String fileName, Format format) {
        this.id = id;
        this.fileName = fileName;
        this.format = format;
    }

    /** The name used on the command line, e.g. citizen-posts. */
    public String id() {
        return id;
    }

    /** The canonical file name inside a dataset folder. */
    public String fileName() {
        return fileName;
    }

    public Format format() {
        return format;
    }

    public static Optional<ImportEntity> parse(String id) {
        return Arrays.stream(values()).filter(e -> e.id.equals(id)).findFirst();
    }

    /** The ids, comma-separated, for help and error messages. */
    public static String ids() {
        return Arrays.stream(values()).map(ImportEntity::id).collect(Collectors.joining(", "));
    }
}
