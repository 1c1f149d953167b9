package fr.vigie.store;

import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.jspecify.annotations.Nullable;

/**
 * Staging of one file: valid rows and quarantined rows are appended to temporary tables while the
 * file streams, then {@link #merge} moves them into the store in one transaction.
 *
 * <p>Each row is staged packed into one text ({@link PackedRow}) and unpacked by the merge in SQL:
 * the Appender costs a native call per string, so one string a row appends about three times faster
 * than one a value.
 *
 * <p>Not thread-safe: one file at a time on the store's connection.
 */
public final class ImportStaging implements AutoCloseable {
    private final String rowsTable;
    private final String quarantineTable;
    private final Store store;
    private final ImportTarget target;
    private final StagedColumns columns;
    private @Nullable DuckDBAppender rows;
    private @Nullable DuckDBAppender quarantine;

    ImportStaging(Store store, ImportTarget target) {
        this.store = store;
        this.target = target;
        // one pair of tables per target, so that a file feeding several tables stages them side by side
        this.rowsTable = "staging_rows_" + target.table();
        this.quarantineTable = "staging_quarantine_" + target.table();
        this.columns = new StagedColumns(store, target, rowsTable);
        store.execute("CREATE OR REPLACE TEMP TABLE " + rowsTable + " (line BIGINT NOT NULL, packed VARCHAR NOT NULL)");
        store.execute("CREATE OR REPLACE TEMP TABLE " + quarantineTable
                + " (line BIGINT NOT NULL, field VARCHAR, reason VARCHAR NOT NULL, raw VARCHAR)");
    }

    /** A duplicate of a natural key inside the file: the first occurrence wins. */
    public record Duplicate(long line, long firstLine) {}

    /** What a merge did: rows staged (after duplicates) = inserted + updated + unchanged; and quarantined. */
    public record Merged(long staged, long inserted, long updated, long quarantined) {
        public long unchanged() {
            return staged - inserted - updated;
        }
    }

    /** Stages a row built with {@link PackedRow}; {@code fields} must match the target's columns. */
    public void append(long line, String packed, int fields) {
        if (fields != columns.count()) {
            throw new IllegalStateException(
                    "staged " + fields + " values for the " + columns.count() + " columns of " + target.table());
        }
        try {
            rows().beginRow().append(line).append(packed).endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Sets a row aside; it reaches the quarantine table with the merge, not before. */
    public void quarantine(long line, @Nullable String field, String reason, @Nullable String raw) {
        try {
            if (quarantine == null) {
                quarantine = store.connection().createAppender("temp", "main", quarantineTable);
            }
            quarantine.beginRow().append(line);
            if (field == null) {
                quarantine.appendNull();
            } else {
                quarantine.append(field);
            }
            quarantine.append(reason);
            if (raw == null) {
                quarantine.appendNull();
            } else {
                quarantine.append(raw);
            }
            quarantine.endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Removes the later occurrences of a natural key from the staged rows and returns them in line
     * order, so that the caller quarantines them with their raw line.
     */
    public List<Duplicate> removeDuplicates() {
        closeAppenders();
        String keyed = columns.keyedLines();
        String key = columns.keyAliases();
        // Most files hold no duplicate: one counting pass tells, and spares the keyed copy and the join.
        long repeated = Jdbc.queryLong(store, "SELECT count(*) - count(DISTINCT (" + key + ")) FROM " + keyed);
        if (repeated == 0) {
            return List.of();
        }
        store.execute("CREATE OR REPLACE TEMP TABLE staging_keys AS SELECT * FROM " + keyed);
        store.execute("CREATE OR REPLACE TEMP TABLE staging_duplicates AS SELECT s.line, d.first_line"
                + " FROM staging_keys s JOIN (SELECT " + key + ", min(line) AS first_line FROM staging_keys GROUP BY "
                + key + " HAVING count(*) > 1) d USING (" + key + ") WHERE s.line > d.first_line");
        store.execute("DROP TABLE staging_keys");
        List<Duplicate> duplicates = Jdbc.query(
                store,
                "SELECT line, first_line FROM staging_duplicates ORDER BY line",
                row -> new Duplicate(row.getLong(1), row.getLong(2)));
        if (!duplicates.isEmpty()) {
            store.execute("DELETE FROM " + rowsTable + " WHERE line IN (SELECT line FROM staging_duplicates)");
        }
        store.execute("DROP TABLE staging_duplicates");
        return duplicates;
    }

    /**
     * In one transaction: inserts the staged rows whose natural key is new, corrects stored rows whose
     * values differ, stores the quarantined rows and closes the run with its counts. Anything thrown (beforeCommit included, which tests use
     * to simulate a crash) rolls all of it back.
     */
    public Merged merge(long importId, String file, String source, long read, Runnable beforeCommit) {
        return mergeTogether(store, List.of(this), importId, file, source, read, beforeCommit)
                .getFirst();
    }

    /**
     * Merges the stagings of one file that feeds several tables (a platform export: posts, metrics,
     * snapshots) in one transaction, as {@link #merge} does for one. The run is closed with the first
     * staging's counts (one row of it per row of the file) and every staging's quarantine.
     */
    public static List<Merged> mergeTogether(
            Store store,
            List<ImportStaging> stagings,
            long importId,
            String file,
            String source,
            long read,
            Runnable beforeCommit) {
        stagings.forEach(ImportStaging::closeAppenders);
        return store.inTransaction(() -> {
            List<Merged> merged = stagings.stream()
                    .map(s -> s.mergeRows(importId, file, source))
                    .toList();
            beforeCommit.run();
            Merged first = merged.getFirst();
            long quarantined = merged.stream().mapToLong(Merged::quarantined).sum();
            new ImportJournal(store)
                    .finish(
                            importId,
                            java.time.Instant.now(),
                            new ImportJournal.RunCounts(
                                    read, first.inserted(), first.updated(), first.unchanged(), quarantined),
                            "done");
            return merged;
        });
    }

    /** The merge of this staging's rows and quarantine, inside the caller's transaction. */
    private Merged mergeRows(long importId, String file, String source) {
        long staged = Jdbc.queryLong(store, "SELECT count(*) FROM " + rowsTable);
        long inserted = Jdbc.update(store, columns.insertNewKeys(), source);
        String correction = columns.correctStoredRows();
        long updated = inserted == staged || correction == null ? 0 : Jdbc.update(store, correction);
        long quarantined = Jdbc.update(
                store,
                "INSERT INTO quarantine SELECT ?, ?, line, field, reason, raw, now()::TIMESTAMP FROM "
                        + quarantineTable,
                importId,
                file);
        return new Merged(staged, inserted, updated, quarantined);
    }

    private DuckDBAppender rows() throws SQLException {
        if (rows == null) {
            rows = store.connection().createAppender("temp", "main", rowsTable);
        }
        return rows;
    }

    private void closeAppenders() {
        try {
            if (rows != null) {
                rows.close();
            }
            if (quarantine != null) {
                quarantine.close();
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            rows = null;
            quarantine = null;
        }
    }

    private StoreException failure(SQLException e) {
        return new StoreException("staging " + target.table() + ": " + e.getMessage(), e);
    }

    /** Drops the staging tables; staged rows not merged are discarded. */
    @Override
    public void close() {
        try {
            closeAppenders();
        } catch (StoreException e) {
            // discarding: the rows of a failed file are dropped below anyway
        }
        store.execute("DROP TABLE IF EXISTS " + rowsTable);
        store.execute("DROP TABLE IF EXISTS " + quarantineTable);
    }
}
