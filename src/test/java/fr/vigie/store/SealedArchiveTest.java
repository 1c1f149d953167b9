package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealedArchiveTest {
    /** A reversible seal for the table's own logic (the real one is privacy.ArchiveCipher). */
    private static final ArchiveSeal REVERSED = new ArchiveSeal() {
        @Override
        public byte[] seal(byte[] plain) {
            return reverse(plain);
        }

        @Override
        public byte[] open(byte[] sealed) {
            return reverse(sealed);
        }

        private static byte[] reverse(byte[] bytes) {
            byte[] out = new byte[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                out[i] = bytes[bytes.length - 1 - i];
            }
            return out;
        }
    };

    private static final byte[] ANSWER = "{\"did\": \"did:plc:citoyen\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealedPayloadsReadBackWithTheSealAndAreRefusedWithoutIt(@TempDir Path dir) {
        Path file = dir.resolve("vigie.duckdb");
        long fetch;
        try (Store store = Store.open(file)) {
            store.sealArchiveWith(() -> REVERSED);
            var raw = new RawItemTable(store);
            fetch = raw.newFetch();
            raw.archive(
                    fetch,
                    "bluesky",
                    "app.bsky.feed.getPostThread",
                    "bluesky:@marseille.fr",
                    Instant.parse("2026-11-01T10:00:00Z"),
                    "application/json",
                    ANSWER,
                    "collect:bluesky");

            assertThat(Jdbc.queryLong(store, "SELECT count(*) FROM raw_item WHERE sealed"))
                    .isOne();
            assertThat(raw.responses(fetch).getFirst().payload()).isEqualTo(ANSWER);
        }
        try (Store store = Store.open(file)) {
            assertThatThrownBy(() -> new RawItemTable(store).responses(fetch))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("is sealed: reading it needs the workspace's pseudonym key");
        }
    }
}
