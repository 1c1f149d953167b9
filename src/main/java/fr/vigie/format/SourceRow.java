package fr.vigie.format;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a file, whatever its format. Field names are lower case. A reader reuses its row
 * object: read what you need before the next row arrives.
 */
public interface SourceRow {
    /** Line of the file where the row is (1-based; the CSV header is line 1). */
    long line();

    /**
     * The field's value as text (JSON numbers as their exact digits), or null when absent, empty or
     * JSON null. Throws {@link RowRejected} when the field holds an object or array instead.
     */
    @Nullable String value(String field);

    /** The elements of an array field, or null when absent; CSV rows have no array fields. */
    @Nullable List<String> values(String field);

    /** The row as read, for the quarantine. */
    String raw();
}
