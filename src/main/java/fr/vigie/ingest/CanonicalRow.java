package fr.vigie.ingest;

import fr.vigie.format.SourceRow;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A canonical row (fields named as in docs/formats/README.md) made from a line of a platform export:
 * it carries the export's line number and raw line, so that a rejection points at the export.
 */
record CanonicalRow(long line, Map<String, String> fields, String raw) implements SourceRow {
    @Override
    public @Nullable String value(String field) {
        return fields.get(field);
    }

    @Override
    public @Nullable List<String> values(String field) {
        return null;
    }
}
