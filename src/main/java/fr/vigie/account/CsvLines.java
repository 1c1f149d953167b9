package fr.vigie.account;

import fr.vigie.VigieException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file the way docs/formats/README.md says every Vigie reader does: UTF-8 with or
 * without BOM, else Windows-1252; ',' or ';' detected on the header line; header names
 * case-insensitive and trimmed; a missing required column stops the file.
 *
 * <p>Deliberately the only file-reading code of the account feature: the shared readers of
 * {@code fr.vigie.ingest} replace it at merge.
 */
final class CsvLines {
    /** A data line: its number in the file (the header is line 1), its cells by lower-case column, its text. */
    record Line(long number, Map<String, String> cells, String raw) {
        /** The stripped cell of this column, "" when absent or empty. */
        String get(String column) {
            return cells.getOrDefault(column, "").strip();
        }
    }

    private CsvLines() {}

    static List<Line> read(Path file, List<String> requiredColumns) {
        String text = decode(bytes(file));
        String header = text.lines().findFirst().orElse("");
        if (header.isBlank()) {
            throw new VigieException(file + ": empty file: expected a header line naming " + requiredColumns);
        }
        char separator = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            var records = parser.iterator();
            List<String> columns = records.next().stream()
                    .map(c -> c.strip().toLowerCase(Locale.ROOT))
                    .toList();
            for (String required : requiredColumns) {
                if (!columns.contains(required)) {
                    throw new VigieException(file + ": line 1: missing required column '" + required
                            + "' (the header has: " + String.join(", ", columns) + ")");
                }
            }
            List<Line> lines = new ArrayList<>();
            var counter = new LineCounter(text);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                Map<String, String> cells = new HashMap<>();
                for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
                    cells.putIfAbsent(columns.get(i), record.get(i));
                }
                String raw = String.join(String.valueOf(separator), record.toList());
                lines.add(new Line(counter.lineAt(record.getCharacterPosition()), Map.copyOf(cells), raw));
            }
            return lines;
        } catch (IOException | UncheckedIOException e) {
            throw new VigieException(file + ": not readable as CSV: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new VigieException(file + ": no such file", e);
        } catch (IOException e) {
            throw new VigieException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** UTF-8 (a BOM is dropped) when the bytes are valid UTF-8, else Windows-1252 as spreadsheets save. */
    static String decode(byte[] bytes) {
        boolean bom =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        byte[] content = bom ? Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    /** Line numbers of increasing character positions, counted once through the text. */
    private static final class LineCounter {
        private final String text;
        private int scanned;
        private long line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        /** The line where a record starts; its position may be that of blank lines the parser skipped. */
        long lineAt(long position) {
            for (; scanned < text.length() && (scanned < position || isLineBreak(text.charAt(scanned))); scanned++) {
                if (text.charAt(scanned) == '\n') {
                    line++;
                }
            }
            return line;
        }

        private static boolean isLineBreak(char c) {
            return c == '\n' || c == '\r';
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
