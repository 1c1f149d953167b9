package fr.vigie.ingest;

import fr.vigie.VigieException;
import fr.vigie.format.CsvRows;
import fr.vigie.format.RowSink;
import fr.vigie.format.SourceRow;
import fr.vigie.format.SourceText;
import fr.vigie.ingest.export.ExportFormat;
import fr.vigie.ingest.export.ExportReader;
import fr.vigie.ingest.export.ExportSettings;
import fr.vigie.store.ImportJournal;
import fr.vigie.store.ImportStaging;
import fr.vigie.store.ImportStaging.Merged;
import fr.vigie.store.ImportTables;
import fr.vigie.store.ImportTarget;
import fr.vigie.store.QuarantineTable;
import fr.vigie.store.Store;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Imports platform exports (docs/formats/exports.md): each line becomes a post, its metrics and
 * perhaps a snapshot, validated and staged by the canonical importers and merged into the three
 * tables in one transaction. Quarantine, natural keys and corrections work as for canonical files.
 */
public final class ExportImport {
    private final Store store;
    private final ImportTables tables;
    private final ImportJournal journal;
    private final QuarantineTable quarantine;

    public ExportImport(Store store) {
        this.store = store;
        this.tables = new ImportTables(store);
        this.journal = new ImportJournal(store);
        this.quarantine = new QuarantineTable(store);
    }

    /**
     * The settings of each file: those given, the observation time being {@code observedAt} when
     * given, else the file's modification time (when the export was downloaded, if nobody touched it).
     */
    public static Function<Path, ExportSettings> settings(
            fr.vigie.account.@Nullable Network network,
            ExportSettings.@Nullable AccountReference account,
            @Nullable Instant observedAt) {
        return file -> {
            Instant at = observedAt;
            if (at == null) {
                try {
                    at = Files.getLastModifiedTime(file).toInstant();
                } catch (IOException e) {
                    throw new VigieException(
                            file + ": cannot read its modification time (" + e.getMessage() + "); give --observed-at");
                }
            }
            return new ExportSettings(network, account, at, ExportSettings.PARIS);
        };
    }

    /** Imports one export; a file that cannot be read, or whose header does not fit, is a Failed outcome. */
    public FileOutcome tryImport(ExportFormat format, Path file, Function<Path, ExportSettings> settings) {
        try {
            return new FileOutcome.ExportImported(importFile(format, file, settings.apply(file)));
        } catch (VigieException e) {
            return new FileOutcome.Failed(file.toString(), e.getMessage());
        }
    }

    /** Imports one export; throws VigieException when it cannot be read at all (nothing imported). */
    public ExportSummary importFile(ExportFormat format, Path file, ExportSettings settings) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new VigieException(file + ": no such readable file; check the path");
        }
        String name = file.getFileName().toString();
        ExportReader reader;
        try {
            reader = format.reader(name, CsvRows.header(file), settings);
        } catch (IOException e) {
            throw new VigieException(file + ": cannot read the file (" + e.getMessage() + "); nothing was imported", e);
        }
        var accounts = new AccountDirectory(tables.accountKeys());
        long importId = journal.start(format.id(), file.toString(), Instant.now());
        try (ImportStaging postRows = tables.openStaging(ImportTarget.POST);
                ImportStaging metricRows = tables.openStaging(ImportTarget.POST_METRIC);
                ImportStaging snapshotRows = tables.openStaging(ImportTarget.ACCOUNT_SNAPSHOT)) {
            var sink = new ExportStagingSink(reader, accounts, postRows, metricRows, snapshotRows);
            read(file, name, sink);
            quarantineDuplicates(file, name, postRows.removeDuplicates(), postRows);
            // a duplicated post's metrics duplicate too; snapshots at one instant are one snapshot
            metricRows.removeDuplicates();
            snapshotRows.removeDuplicates();
            List<Merged> merged = ImportStaging.mergeTogether(
                    store,
                    List.of(postRows, metricRows, snapshotRows),
                    importId,
                    file.toString(),
                    format.source(),
                    sink.read,
                    () -> {});
            List<String> first = quarantine.list(importId, 10).stream()
                    .map(q -> name + ":" + q.line() + (q.field() == null ? "" : " " + q.field()) + ": " + q.reason())
                    .toList();
            return new ExportSummary(
                    importId,
                    format,
                    name,
                    sink.read,
                    sink.skipped,
                    merged.getFirst().quarantined(),
                    tally(merged.get(0)),
                    tally(merged.get(1)),
                    tally(merged.get(2)),
                    first);
        } catch (CharacterCodingException e) {
            journal.markFailed(importId);
            throw new VigieException(
                    file + ": not valid UTF-8 further down, although its first MiB is; save the whole file as UTF-8;"
                            + " nothing was imported",
                    e);
        } catch (IOException e) {
            journal.markFailed(importId);
            throw new VigieException(file + ": cannot read the file (" + e.getMessage() + "); nothing was imported", e);
        } catch (RuntimeException | Error e) {
            journal.markFailed(importId);
            throw e;
        }
    }

    private static ExportSummary.Tally tally(Merged merged) {
        return new ExportSummary.Tally(merged.inserted(), merged.updated(), merged.unchanged());
    }

    private static void read(Path file, String name, RowSink sink) throws IOException {
        try (SourceText source = SourceText.open(file)) {
            CsvRows.read(source, name, List.of(), sink);
        }
    }

    /** Reads the file again to quarantine each later duplicate of a post with its own raw line. */
    private static void quarantineDuplicates(
            Path file, String name, List<ImportStaging.Duplicate> duplicates, ImportStaging staging)
            throws IOException {
        if (duplicates.isEmpty()) {
            return;
        }
        var firstLine = new java.util.HashMap<Long, Long>();
        duplicates.forEach(d -> firstLine.put(d.line(), d.firstLine()));
        read(file, name, new RowSink() {
            @Override
            public void row(SourceRow row) {
                Long first = firstLine.get(row.line());
                if (first != null) {
                    staging.quarantine(row.line(), "post_id", "duplicate of line " + first, row.raw());
                }
            }

            @Override
            public void malformed(long line, String raw, String reason) {}
        });
    }
}
