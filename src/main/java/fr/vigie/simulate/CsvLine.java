package fr.vigie.simulate;

import org.jspecify.annotations.Nullable;

/** Builds one RFC 4180 CSV line; null values are written as empty fields (unknown, not zero). */
final class CsvLine {
    private final StringBuilder text = new StringBuilder(128);

    CsvLine add(@Nullable String value) {
        separate();
        if (value != null) {
            if (value.indexOf(',') >= 0
                    || value.indexOf('"') >= 0
                    || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                text.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                text.append(value);
            }
        }
        return this;
    }

    CsvLine add(@Nullable Long value) {
        separate();
        if (value != null) {
            text.append(value.longValue());
        }
        return this;
    }

    CsvLine add(long value) {
        separate();
        text.append(value);
        return this;
    }

    /** Ends the line with the simulated flag, always true in a simulated dataset. */
    CharSequence simulated() {
        separate();
        return text.append("true");
    }

    private void separate() {
        if (!text.isEmpty()) {
            text.append(',');
        }
    }
}
