package fr.vigie.simulate;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds one NDJSON object; ids are always written as JSON strings, counts as numbers or null. */
final class JsonLine {
    private final StringBuilder text = new StringBuilder(320).append('{');

    JsonLine field(String name, @Nullable String value) {
        name(name);
        if (value == null) {
            text.append("null");
        } else {
            string(value);
        }
        return this;
    }

    JsonLine field(String name, @Nullable Long value) {
        name(name);
        text.append(value == null ? "null" : Long.toString(value));
        return this;
    }

    JsonLine field(String name, boolean value) {
        name(name);
        text.append(value);
        return this;
    }

    JsonLine field(String name, List<String> values) {
        name(name);
        text.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            string(values.get(i));
        }
        text.append(']');
        return this;
    }

    /** Ends the object with "simulated": true. */
    CharSequence simulated() {
        field("simulated", true);
        return text.append('}');
    }

    private void name(String name) {
        if (text.length() > 1) {
            text.append(',');
        }
        text.append('"').append(name).append("\":");
    }

    private void string(String value) {
        text.append('"');
        if (!needsEscape(value)) {
            text.append(value).append('"');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                return true;
            }
        }
        return false;
    }
}
