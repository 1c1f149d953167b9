package fr.vigie.ingest;

import fr.vigie.store.ImportStaging;
import fr.vigie.store.PackedRow;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Holds the one row an importer stages until every table fed by the same export line has accepted
 * its row, so that a line rejected by one of them leaves nothing staged in the others.
 */
final class PendingRow implements RowWriter {
    private final PackedRow row = new PackedRow();
    private long line;
    private boolean ready;

    @Override
    public void beginRow(long line) {
        this.line = line;
        this.ready = false;
        row.begin();
    }

    @Override
    public void text(@Nullable String value) {
        row.text(value);
    }

    @Override
    public void count(@Nullable Long value) {
        row.count(value);
    }

    @Override
    public void flag(boolean value) {
        row.flag(value);
    }

    @Override
    public void time(Instant value) {
        row.time(value);
    }

    @Override
    public void texts(List<String> values) {
        row.texts(values);
    }

    @Override
    public void endRow() {
        ready = true;
    }

    @Override
    public void quarantine(long line, @Nullable String field, String reason, @Nullable String raw) {
        throw new IllegalStateException("importers reject rows by throwing, they do not quarantine them");
    }

    /** Forgets any row begun, e.g. after another table rejected the line. */
    void clear() {
        ready = false;
    }

    /** Stages the row ended since the last flush, if any. */
    void flushTo(ImportStaging staging) {
        if (ready) {
            staging.append(line, row.finish(), row.fields());
            ready = false;
        }
    }
}
