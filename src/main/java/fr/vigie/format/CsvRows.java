package fr.vigie.format;

import fr.vigie.VigieException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file with a header line: {@code ,} or {@code ;} separator detected on the header,
 * RFC 4180 quoting, column names matched case-insensitively and trimmed, unknown columns ignored.
 * A missing required column or broken quoting stops the file with a message naming the problem.
 */
public final class CsvRows {
    private CsvRows() {}

    public static void read(SourceText source, String fileName, List<String> required, RowSink sink)
            throws IOException {
        BufferedReader reader = source.reader();
        reader.mark(SourceText.PROBE_BYTES);
        String header = reader.readLine();
        reader.reset();
        if (header == null || header.isBlank()) {
            return; // an empty file holds no rows
        }
        char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try (CSVParser parser = format.parse(reader)) {
            Map<String, Integer> columns = new HashMap<>();
            List<String> names = parser.getHeaderNames();
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            for (String column : required) {
                if (!columns.containsKey(column)) {
                    throw new VigieException(fileName + ": line 1: missing required column '" + column
                            + "' (columns found: " + String.join(", ", names) + "); add it to the header line");
                }
            }
            var row = new CsvRow(
                    columns, CSVFormat.RFC4180.builder().setDelimiter(delimiter).get());
            long previousEnd = 1;
            for (CSVRecord record : parser) {
                long end = parser.getCurrentLineNumber();
                // the record starts on the line after the previous one ended (blank lines aside)
                row.record = record;
                row.line = Math.max(previousEnd + 1, end - countLineBreaks(record));
                previousEnd = end;
                sink.row(row);
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException encoding) {
                throw encoding; // the caller says what to do about the file's encoding
            }
            throw new VigieException(fileName + ": malformed CSV ("
                    + e.getCause().getMessage() + "); fix the quoting, nothing of this file was imported");
        }
    }

    /**
     * The column names of a CSV file's header line as written (an empty list for an empty file), for
     * readers that choose their columns among alternatives (platform exports in several languages).
     */
    public static List<String> header(java.nio.file.Path file) throws IOException {
        try (SourceText source = SourceText.open(file)) {
            String header = source.reader().readLine();
            if (header == null || header.isBlank()) {
                return List.of();
            }
            char delimiter = count(header, ';') > count(header, ',') ? ';' : ',';
            try (CSVParser parser =
                    CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new java.io.StringReader(header))) {
                var records = parser.getRecords();
                return records.isEmpty()
                        ? List.of()
                        : List.of(records.getFirst().values());
            } catch (UncheckedIOException e) {
                throw new VigieException(file.getFileName() + ": line 1: malformed CSV header ("
                        + e.getCause().getMessage() + ")");
            }
        }
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private static int countLineBreaks(CSVRecord record) {
        int breaks = 0;
        for (String value : record.values()) {
            breaks += count(value, '\n');
        }
        return breaks;
    }

    private static final class CsvRow implements SourceRow {
        private final Map<String, Integer> columns;
        private final CSVFormat rawFormat;
        private @Nullable CSVRecord record;
        private long line;

        CsvRow(Map<String, Integer> columns, CSVFormat rawFormat) {
            this.columns = columns;
            this.rawFormat = rawFormat;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public @Nullable String value(String field) {
            Integer index = columns.get(field);
            if (index == null || record == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index);
            return value.isEmpty() ? null : value;
        }

        @Override
        public @Nullable List<String> values(String field) {
            return null;
        }

        @Override
        public String raw() {
            return record == null ? "" : rawFormat.format((Object[]) record.values());
        }
    }
}
