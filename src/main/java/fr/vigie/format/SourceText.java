package fr.vigie.format;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A data file opened as text in its detected encoding: UTF-8 after a BOM (which is skipped), UTF-8
 * when its first mebibyte is valid UTF-8, else Windows-1252 (what French spreadsheets save). Counts
 * the bytes read, for progress. Memory stays flat whatever the file size.
 */
public final class SourceText implements AutoCloseable {
    public static final int PROBE_BYTES = 1 << 20;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final CountingStream bytes;
    private final BufferedReader reader;
    private final Charset charset;

    private SourceText(CountingStream bytes, Charset charset) {
        this.bytes = bytes;
        this.charset = charset;
        // UTF-8 chosen on the first MiB must hold to the end: a bad byte later stops the file with an
        // error instead of turning into U+FFFD silently.
        var decoder = charset.newDecoder();
        if (charset.equals(StandardCharsets.UTF_8)) {
            decoder.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        } else {
            decoder.onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        }
        this.reader = new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
    }

    public static SourceText open(Path file) throws IOException {
        byte[] head = new byte[PROBE_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        }
        boolean bom = length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset charset = bom || isUtf8(head, length, length == PROBE_BYTES) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        var stream = new CountingStream(Files.newInputStream(file));
        if (bom) {
            stream.skipNBytes(3);
        }
        return new SourceText(stream, charset);
    }

    /** True when the bytes decode as UTF-8; a sequence cut by the probe's end does not count against. */
    static boolean isUtf8(byte[] head, int length, boolean truncated) {
        int end = length;
        if (truncated) {
            // back up over an incomplete multi-byte sequence at the probe boundary
            int back = 0;
            while (back < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
                back++;
            }
            if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) {
                end--;
            } else {
                end = length;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The text, decoded. Read either this or {@link #utf8Bytes()}, not both. */
    public BufferedReader reader() {
        return reader;
    }

    /**
     * The raw bytes after any BOM, for readers that parse UTF-8 themselves (faster than decoding to
     * text first); null when the file is not UTF-8. Read either this or {@link #reader()}, not both.
     */
    public @Nullable InputStream utf8Bytes() {
        return charset.equals(StandardCharsets.UTF_8) ? bytes : null;
    }

    public Charset charset() {
        return charset;
    }

    public long bytesRead() {
        return bytes.count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
