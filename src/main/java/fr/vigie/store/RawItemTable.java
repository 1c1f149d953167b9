package fr.vigie.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code raw_item}: every platform response exactly as received, gzipped, with its SHA-256
 * (hex, of the uncompressed bytes), so that a mapping can be replayed or audited later.
 */
public final class RawItemTable {
    private final Store store;

    public RawItemTable(Store store) {
        this.store = store;
    }

    /** Archives one response; committed at once unless called inside a transaction. */
    public void archive(
            @Nullable String network,
            String endpoint,
            @Nullable String accountId,
            Instant fetchedAt,
            @Nullable String contentType,
            byte[] payload,
            String source) {
        Jdbc.update(
                store,
                "INSERT INTO raw_item (network, endpoint, account_id, fetched_at, content_type, sha256, payload_gzip,"
                        + " source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                network,
                endpoint,
                accountId,
                fetchedAt,
                contentType,
                sha256(payload),
                gzip(payload),
                source);
    }

    /** The number of responses archived for an account. */
    public long count(String accountId) {
        return Jdbc.queryLong(store, "SELECT count(*) FROM raw_item WHERE account_id = ?", accountId);
    }

    static String sha256(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
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
