package fr.vigie.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds one staged row in the packed form {@link ImportStaging} stores: the target's values in
 * table order (without source) separated by U+001E, list items by U+001F, null as an empty field,
 * booleans as t/f, instants as epoch microseconds. A text holding U+001E, U+001F or the escape
 * U+001B has them escaped (ESC '+', ESC '-', ESC '0'), and the merge's SQL restores them, so no
 * character is lost; an empty text becomes null. Built on the reading thread; one builder is reused
 * row after row.
 */
public final class PackedRow {
    static final char FIELD = '\u001E';
    static final char ITEM = '\u001F';
    static final char ESCAPE = '\u001B';

    private final StringBuilder packed = new StringBuilder(256);
    private int fields;

    /** Starts a new row, forgetting the previous one. */
    public void begin() {
        packed.setLength(0);
        fields = 0;
    }

    private void next() {
        if (fields++ > 0) {
            packed.append(FIELD);
        }
    }

    private void appendClean(String value) {
        if (value.indexOf(FIELD) < 0 && value.indexOf(ITEM) < 0 && value.indexOf(ESCAPE) < 0) {
            packed.append(value); // the usual case, copied in bulk
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case ESCAPE -> packed.append(ESCAPE).append('0');
                case FIELD -> packed.append(ESCAPE).append('+');
                case ITEM -> packed.append(ESCAPE).append('-');
                default -> packed.append(c);
            }
        }
    }

    /** SQL restoring a text escaped by {@link #appendClean}; the escape is undone last, so nothing is decoded twice. */
    static String unescapeSql(String text) {
        return "CASE WHEN contains(" + text + ", chr(27)) THEN replace(replace(replace(" + text
                + ", chr(27) || '+', chr(30)), chr(27) || '-', chr(31)), chr(27) || '0', chr(27)) ELSE " + text
                + " END";
    }

    public void text(@Nullable String value) {
        next();
        if (value != null) {
            appendClean(value);
        }
    }

    public void count(@Nullable Long value) {
        next();
        if (value != null) {
            packed.append(value.longValue());
        }
    }

    public void flag(boolean value) {
        next();
        packed.append(value ? 't' : 'f');
    }

    /** A UTC instant, kept to the microsecond. */
    public void time(Instant value) {
        next();
        packed.append(Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000));
    }

    /** A list of texts (hashtags); an empty list is stored as an empty array. */
    public void texts(List<String> values) {
        next();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                packed.append(ITEM);
            }
            appendClean(values.get(i));
        }
    }

    /** Number of values given since {@link #begin}. */
    public int fields() {
        return fields;
    }

    /** The packed row. */
    public String finish() {
        return packed.toString();
    }
}
