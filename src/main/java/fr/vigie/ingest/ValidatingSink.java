package fr.vigie.ingest;

import fr.vigie.format.RowRejected;
import fr.vigie.format.RowSink;
import fr.vigie.format.SourceRow;
import fr.vigie.format.SourceText;

/** Writes valid rows, quarantines the others, counts them and moves the progress bar. */
final class ValidatingSink implements RowSink {
    private static final int PROGRESS_EVERY = 4096;

    private final EntityImport rows;
    private final RowWriter out;
    private final SourceText source;
    private final ReadProgress progress;
    private final boolean allSimulated;
    long read;

    ValidatingSink(EntityImport rows, RowWriter out, SourceText source, ReadProgress progress, boolean allSimulated) {
        this.allSimulated = allSimulated;
        this.rows = rows;
        this.out = out;
        this.source = source;
        this.progress = progress;
    }

    @Override
    public void row(SourceRow row) {
        count();
        try {
            rows.stage(allSimulated ? new SimulatedRow(row) : row, out);
        } catch (RowRejected e) {
            out.quarantine(row.line(), e.field(), e.reason(), rows.forQuarantine(row.raw()));
        }
    }

    @Override
    public void malformed(long line, String raw, String reason) {
        count();
        out.quarantine(line, null, reason, rows.forQuarantine(raw));
    }

    private void count() {
        if (++read % PROGRESS_EVERY == 0) {
            progress.update(source.bytesRead());
        }
    }
}
