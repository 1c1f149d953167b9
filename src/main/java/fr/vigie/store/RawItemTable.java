package fr.vigie.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code raw_item}: every platform response exactly as received, gzipped, with its SHA-256
 * (hex, of the uncompressed bytes), so that a mapping can be replayed or audited later. When the
 * store has an {@link ArchiveSeal}, payloads are sealed at rest (column {@code sealed}).
 */
public final class RawItemTable {
    /** One archived response, unzipped. */
    public record StoredResponse(
            long rawId,
            long fetchId,
            @Nullable String network,
            String endpoint,
            @Nullable String accountId,
            Instant fetchedAt,
            @Nullable String contentType,
            byte[] payload,
            String source) {}

    private final Store store;

    public RawItemTable(Store store) {
        this.store = store;
    }

    /** A new id grouping the responses of one fetch, so that they can be replayed together. */
    public long newFetch() {
        return Jdbc.queryLong(store, "SELECT nextval('fetch_seq')");
    }

    /** Archives one response of fetch {@code fetchId}; committed at once unless inside a transaction. */
    public void archive(
            long fetchId,
            @Nullable String network,
            String endpoint,
            @Nullable String accountId,
            Instant fetchedAt,
            @Nullable String contentType,
            byte[] payload,
            String source) {
        archive(fetchId, network, endpoint, accountId, null, fetchedAt, contentType, payload, source);
    }

    /** Archives one response of an account-less fetch about {@code subject} (e.g. {@code #marseille}). */
    public void archiveSearch(
            long fetchId,
            String network,
            String endpoint,
            String subject,
            Instant fetchedAt,
            @Nullable String contentType,
            byte[] payload,
            String source) {
        archive(fetchId, network, endpoint, null, subject, fetchedAt, contentType, payload, source);
    }

    private void archive(
            long fetchId,
            @Nullable String network,
            String endpoint,
            @Nullable String accountId,
            @Nullable String subject,
            Instant fetchedAt,
            @Nullable String contentType,
            byte[] payload,
            String source) {
        ArchiveSeal seal = store.archiveSeal();
        byte[] stored = seal == null ? gzip(payload) : seal.seal(gzip(payload));
        Jdbc.update(
                store,
                "INSERT INTO raw_item (fetch_id, network, endpoint, account_id, subject, fetched_at, content_type,"
                        + " sha256, payload_gzip, source, sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fetchId,
                network,
                endpoint,
                accountId,
                subject,
                fetchedAt,
                contentType,
                sha256(payload),
                stored,
                source,
                seal != null);
    }

    /** The number of responses archived for an account. */
    public long count(String accountId) {
        return Jdbc.queryLong(store, "SELECT count(*) FROM raw_item WHERE account_id = ?", accountId);
    }

    /** One archived fetch: its id and whose it was (an account's, or a search's {@code subject}). */
    public record Fetch(
            long fetchId,
            @Nullable String network,
            @Nullable String accountId,
            @Nullable String subject) {}

    /** The fetches archived for a network and account (null: any), oldest first. */
    public List<Fetch> fetches(@Nullable String network, @Nullable String accountId) {
        return Jdbc.query(
                store,
                "SELECT fetch_id, any_value(network) AS network, any_value(account_id) AS account_id,"
                        + " any_value(subject) AS subject FROM raw_item"
                        + " WHERE fetch_id IS NOT NULL AND (?::VARCHAR IS NULL OR network = ?)"
                        + " AND (?::VARCHAR IS NULL OR account_id = ?) GROUP BY fetch_id ORDER BY min(raw_id)",
                row -> new Fetch(
                        row.getLong("fetch_id"),
                        row.getString("network"),
                        row.getString("account_id"),
                        row.getString("subject")),
                network,
                network,
                accountId,
                accountId);
    }

    /** The responses of one fetch, in the order they arrived, each checked against its SHA-256. */
    public List<StoredResponse> responses(long fetchId) {
        return Jdbc.query(
                store,
                "SELECT * FROM raw_item WHERE fetch_id = ? ORDER BY raw_id",
                row -> {
                    long rawId = row.getLong("raw_id");
                    byte[] stored = row.getBytes("payload_gzip");
                    if (row.getBoolean("sealed")) {
                        ArchiveSeal seal = store.archiveSeal();
                        if (seal == null) {
                            throw new StoreException(
                                    "raw item " + rawId + " is sealed: reading it needs the workspace's pseudonym key");
                        }
                        stored = seal.open(stored);
                    }
                    byte[] payload = gunzip(stored);
                    if (!sha256(payload).equals(row.getString("sha256"))) {
                        throw new StoreException(
                                "raw item " + rawId + " does not match its SHA-256: the archive is damaged");
                    }
                    return new StoredResponse(
                            rawId,
                            fetchId,
                            row.getString("network"),
                            row.getString("endpoint"),
                            row.getString("account_id"),
                            Jdbc.instant(row, "fetched_at"),
                            row.getString("content_type"),
                            payload,
                            row.getString("source"));
                },
                fetchId);
    }

    /** Requests archived per endpoint of a network since a time (quota accounting). */
    public Map<String, Long> requestsSince(String network, Instant since) {
        Map<String, Long> counts = new TreeMap<>();
        Jdbc.query(
                        store,
                        "SELECT endpoint, count(*) AS n FROM raw_item WHERE network = ? AND fetched_at >= ?"
                                + " GROUP BY endpoint",
                        row -> Map.entry(row.getString("endpoint"), row.getLong("n")),
                        network,
                        since)
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] gunzip(byte[] compressed) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new StoreException("a raw item cannot be unzipped: " + e.getMessage(), e);
        }
    }

    private static byte[] gzip(byte[] payload) {
        var bytes = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(bytes)) {
            gzip.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
