package fr.vigie.ingest;

import fr.vigie.VigieException;
import fr.vigie.format.CsvRows;
import fr.vigie.format.NdjsonRows;
import fr.vigie.format.RowSink;
import fr.vigie.format.SourceRow;
import fr.vigie.format.SourceText;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.ImportJournal;
import fr.vigie.store.ImportStaging;
import fr.vigie.store.ImportStaging.Duplicate;
import fr.vigie.store.ImportStaging.Merged;
import fr.vigie.store.ImportTables;
import fr.vigie.store.QuarantineTable;
import fr.vigie.store.Store;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Imports files of the canonical formats (docs/formats/README.md) into the store. Per file: an
 * import_run row; rows streamed, validated and staged (memory stays flat in the file size); bad rows
 * and later duplicates of a natural key set aside; then one transaction inserts the new rows, stores
 * the quarantine and closes the run. A failure anywhere leaves the data tables as they were and
 * marks the run failed.
 */
public final class Importer {
    private final ImportTables tables;
    private final ImportJournal journal;
    private final QuarantineTable quarantine;
    private final EntityImport.Context context;
    private final boolean showProgress;
    private final PrintStream progressOut;
    private Runnable beforeCommit = () -> {};

    /**
     * @param pseudonymiser asked for on the first file of citizens' content only (it may create the
     *     key file)
     * @param showProgress draw a progress bar on stderr for files over 10 MiB
     */
    public Importer(Store store, Supplier<Pseudonymiser> pseudonymiser, boolean showProgress) {
        this.tables = new ImportTables(store);
        this.journal = new ImportJournal(store);
        this.quarantine = new QuarantineTable(store);
        this.context = new EntityImport.Context(() -> new AccountDirectory(tables.accountKeys()), once(pseudonymiser));
        this.showProgress = showProgress;
        this.progressOut = System.err;
    }

    /** Imports one file; throws VigieException when it cannot be read at all (nothing imported). */
    public ImportSummary importFile(ImportEntity entity, Path file) {
        return importFile(entity, file, false);
    }

    /**
     * Imports one file; with {@code allSimulated}, every row is labelled simulated whatever its own
     * column says (a dataset whose manifest declares it simulated must never pass for real data).
     */
    public ImportSummary importFile(ImportEntity entity, Path file, boolean allSimulated) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new VigieException(file + ": no such readable file; check the path");
        }
        EntityImport rows = EntityImport.of(entity, context);
        String name = file.getFileName().toString();
        long importId = journal.start(entity.id(), file.toString(), Instant.now());
        try (ImportStaging staging = tables.openStaging(rows.target())) {
            long read = StagingPipeline.run(staging, out -> {
                try (SourceText source = SourceText.open(file);
                        ReadProgress progress = ReadProgress.start(name, Files.size(file), showProgress, progressOut)) {
                    var sink = new ValidatingSink(rows, out, source, progress, allSimulated);
                    read(entity, rows, name, source, sink);
                    return sink.read;
                }
            });
            List<Duplicate> duplicates = staging.removeDuplicates();
            if (!duplicates.isEmpty()) {
                quarantineDuplicates(entity, rows, file, duplicates, staging);
            }
            Merged merged = staging.merge(importId, file.toString(), "file:" + name, read, beforeCommit);
            List<String> first = quarantine.list(importId, 10).stream()
                    .map(q -> name + ":" + q.line() + (q.field() == null ? "" : " " + q.field()) + ": " + q.reason())
                    .toList();
            return new ImportSummary(
                    importId,
                    entity,
                    name,
                    read,
                    merged.inserted(),
                    merged.updated(),
                    merged.unchanged(),
                    merged.quarantined(),
                    first);
        } catch (CharacterCodingException e) {
            journal.markFailed(importId);
            throw new VigieException(
                    file + ": not valid UTF-8 further down, although its first MiB is; save the whole"
                            + " file as UTF-8 (or all of it as Windows-1252); nothing was imported",
                    e);
        } catch (IOException e) {
            journal.markFailed(importId);
            throw new VigieException(file + ": cannot read the file (" + e.getMessage() + "); nothing was imported", e);
        } catch (RuntimeException | Error e) {
            journal.markFailed(importId);
            throw e;
        }
    }

    /** Like {@link #importFile} but a file that cannot be read becomes a Failed outcome. */
    public FileOutcome tryImport(ImportEntity entity, Path file) {
        return tryImport(entity, file, false);
    }

    /** Like {@link #importFile(ImportEntity, Path, boolean)} but a file that cannot be read becomes a Failed outcome. */
    public FileOutcome tryImport(ImportEntity entity, Path file, boolean allSimulated) {
        try {
            return new FileOutcome.Imported(importFile(entity, file, allSimulated));
        } catch (VigieException e) {
            return new FileOutcome.Failed(file.toString(), e.getMessage());
        }
    }

    /** For tests: work run inside the merge transaction just before it commits (e.g. a crash). */
    void beforeCommit(Runnable work) {
        this.beforeCommit = work;
    }

    private static void read(ImportEntity entity, EntityImport rows, String name, SourceText source, RowSink sink)
            throws IOException {
        switch (entity.format()) {
            case CSV -> CsvRows.read(source, name, rows.requiredFields(), sink);
            case NDJSON -> NdjsonRows.read(source, sink);
        }
    }

    /** Reads the file again to quarantine each later duplicate with its own raw line. */
    private void quarantineDuplicates(
            ImportEntity entity, EntityImport rows, Path file, List<Duplicate> duplicates, ImportStaging staging)
            throws IOException {
        Map<Long, Long> firstLine = new HashMap<>();
        duplicates.forEach(d -> firstLine.put(d.line(), d.firstLine()));
        String key = rows.target().key();
        RowSink sink = new RowSink() {
            @Override
            public void row(SourceRow row) {
                Long first = firstLine.get(row.line());
                if (first != null) {
                    staging.quarantine(row.line(), key, "duplicate of line " + first, rows.forQuarantine(row.raw()));
                }
            }

            @Override
            public void malformed(long line, String raw, String reason) {}
        };
        try (SourceText source = SourceText.open(file)) {
            read(entity, rows, file.getFileName().toString(), source, sink);
        }
    }

    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private @Nullable T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
