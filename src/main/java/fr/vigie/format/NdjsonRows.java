package fr.vigie.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON: one JSON object a line, blank lines skipped, unknown fields ignored. Numbers are
 * kept as their exact text (an id such as 18446744073709551615 never goes through a double). A line
 * that is not a JSON object (e.g. truncated) is reported as malformed; the next lines proceed.
 */
public final class NdjsonRows {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private NdjsonRows() {}

    public static void read(SourceText source, RowSink sink) throws IOException {
        InputStream utf8 = source.utf8Bytes();
        if (utf8 != null) {
            readUtf8(utf8, sink);
            return;
        }
        BufferedReader reader = source.reader();
        var row = new JsonRow();
        long line = 0;
        String text;
        while ((text = reader.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            String problem = row.parse(text, line);
            if (problem == null) {
                sink.row(row);
            } else {
                sink.malformed(line, text, problem);
            }
        }
    }

    /** UTF-8 files are split into lines as bytes and parsed by Jackson's byte parser, decoded once. */
    private static void readUtf8(InputStream in, RowSink sink) throws IOException {
        var row = new JsonRow();
        var lines = new ByteLines(in);
        long line = 0;
        while (lines.next()) {
            line++;
            if (lines.isBlank()) {
                continue;
            }
            String problem = row.parse(lines.bytes(), lines.length(), line);
            if (problem == null) {
                sink.row(row);
            } else {
                sink.malformed(line, row.raw(), problem);
            }
        }
    }

    private static final class JsonRow implements SourceRow {
        private final Map<String, String> scalars = new HashMap<>();
        private final Map<String, List<String>> arrays = new HashMap<>();
        private final Set<String> nested = new HashSet<>();
        private @Nullable String raw;
        private byte[] rawBytes = new byte[0];
        private int rawLength;
        private long line;

        /** Parses one line given as UTF-8 bytes; the text of the line is decoded only if asked for. */
        @Nullable String parse(byte[] bytes, int length, long lineNumber) throws IOException {
            reset(lineNumber);
            raw = null;
            rawBytes = bytes;
            rawLength = length;
            try (JsonParser parser = JSON.createParser(bytes, 0, length)) {
                return fields(parser);
            } catch (JsonProcessingException e) {
                return "malformed JSON: " + e.getOriginalMessage();
            }
        }

        private void reset(long lineNumber) {
            scalars.clear();
            arrays.clear();
            nested.clear();
            line = lineNumber;
        }

        /** Parses one line into this row; returns null, or why the line is not a JSON object. */
        @Nullable String parse(String text, long lineNumber) throws IOException {
            reset(lineNumber);
            raw = text;
            try (JsonParser parser = JSON.createParser(text)) {
                return fields(parser);
            } catch (JsonProcessingException e) {
                return "malformed JSON: " + e.getOriginalMessage();
            }
        }

        /** Reads one object's fields; returns null, or why the line is not one JSON object. */
        private @Nullable String fields(JsonParser parser) throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                switch (parser.nextToken()) {
                    case START_OBJECT -> {
                        parser.skipChildren();
                        nested.add(name);
                    }
                    case START_ARRAY -> arrays.put(name, array(parser, name));
                    case VALUE_NULL -> scalars.remove(name);
                    case null -> {
                        return "malformed JSON: unexpected end of line";
                    }
                    default -> scalars.put(name, parser.getText());
                }
            }
            if (token != JsonToken.END_OBJECT || parser.nextToken() != null) {
                return "malformed JSON: text after the object";
            }
            return null;
        }

        private List<String> array(JsonParser parser, String name) throws IOException {
            List<String> values = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected end of line");
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    nested.add(name);
                } else if (token != JsonToken.VALUE_NULL) {
                    values.add(parser.getText());
                }
            }
            return values;
        }

        @Override
        public long line() {
            return line;
        }

        @Override
        public @Nullable String value(String field) {
            if (nested.contains(field) || arrays.containsKey(field)) {
                throw new RowRejected(field, "expected a single value, found an object or array");
            }
            String value = scalars.get(field);
            return value == null || value.isEmpty() ? null : value;
        }

        @Override
        public @Nullable List<String> values(String field) {
            if (nested.contains(field) || scalars.containsKey(field)) {
                throw new RowRejected(field, "expected an array of values");
            }
            return arrays.get(field);
        }

        @Override
        public String raw() {
            if (raw == null) {
                raw = new String(rawBytes, 0, rawLength, StandardCharsets.UTF_8);
            }
            return raw;
        }
    }
}
