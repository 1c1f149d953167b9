package fr.vigie.ingest;

import fr.vigie.format.RowRejected;
import fr.vigie.format.RowSink;
import fr.vigie.format.SourceRow;
import fr.vigie.ingest.export.ExportLine;
import fr.vigie.ingest.export.ExportReader;
import fr.vigie.store.ImportStaging;

/**
 * Stages each line of an export as a post, its metrics and its snapshot, through the canonical
 * importers: all of the line's rows or none (a rejection by any of them quarantines the line, once,
 * in the posts' staging). Counts the lines read and the lines skipped.
 */
final class ExportStagingSink implements RowSink {
    private final ExportReader reader;
    private final AccountDirectory accounts;
    private final PostsImport posts;
    private final MetricsImport metrics = new MetricsImport();
    private final SnapshotsImport snapshots;
    private final ImportStaging postRows;
    private final ImportStaging metricRows;
    private final ImportStaging snapshotRows;
    private final PendingRow post = new PendingRow();
    private final PendingRow metric = new PendingRow();
    private final PendingRow snapshot = new PendingRow();
    long read;
    long skipped;

    ExportStagingSink(
            ExportReader reader,
            AccountDirectory accounts,
            ImportStaging postRows,
            ImportStaging metricRows,
            ImportStaging snapshotRows) {
        this.reader = reader;
        this.accounts = accounts;
        this.posts = new PostsImport(accounts);
        this.snapshots = new SnapshotsImport(accounts);
        this.postRows = postRows;
        this.metricRows = metricRows;
        this.snapshotRows = snapshotRows;
    }

    @Override
    public void row(SourceRow row) {
        read++; // a rejected line counts as read too; a skipped one does not
        try {
            switch (reader.map(row)) {
                case ExportLine.Skipped skippedLine -> {
                    read--;
                    skipped++;
                }
                case ExportLine.Post exported ->
                    stage(ExportedRows.of(exported.post(), row.line(), row.raw(), accounts));
            }
        } catch (RowRejected e) {
            post.clear();
            metric.clear();
            snapshot.clear();
            postRows.quarantine(row.line(), e.field(), e.reason(), row.raw());
        }
    }

    private void stage(ExportedRows rows) {
        posts.stage(rows.post(), post);
        if (rows.metric() != null) {
            metrics.stage(rows.metric(), metric);
        }
        if (rows.snapshot() != null) {
            snapshots.stage(rows.snapshot(), snapshot);
        }
        post.flushTo(postRows);
        metric.flushTo(metricRows);
        snapshot.flushTo(snapshotRows);
    }

    @Override
    public void malformed(long line, String raw, String reason) {
        read++;
        postRows.quarantine(line, null, reason, raw);
    }
}
