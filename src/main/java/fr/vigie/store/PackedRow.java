package fr.vigie.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds one staged row in the packed form {@link ImportStaging} stores: the target's values in
 * table order (without source) separated by U+001E, list items by U+001F, null as an empty field,
 * booleans as t/f, instants as epoch microseconds. Texts lose U+001E and U+001F (replaced by spaces)
 * and empty texts become null. Built on the reading thread; one builder is reused row after row.
 */
public final class PackedRow {
    static final char FIELD = '\u001E';
    static final char ITEM = '\u001F';

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
        if (value.indexOf(FIELD) < 0 && value.indexOf(ITEM) < 0) {
            packed.append(value); // the usual case, copied in bulk
            return;
        }
        packed.append(value.replace(FIELD, ' ').replace(ITEM, ' '));
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
