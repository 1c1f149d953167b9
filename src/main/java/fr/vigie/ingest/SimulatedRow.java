package fr.vigie.ingest;

import fr.vigie.format.SourceRow;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A row of a dataset declared simulated: its {@code simulated} field reads true, whatever the file says. */
record SimulatedRow(SourceRow row) implements SourceRow {
    @Override
    public long line() {
        return row.line();
    }

    @Override
    public @Nullable String value(String field) {
        return field.equals("simulated") ? "true" : row.value(field);
    }

    @Override
    public @Nullable List<String> values(String field) {
        return row.values(field);
    }

    @Override
    public String raw() {
        return row.raw();
    }
}
