package fr.vigie.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The journal of account imports: one {@code import_run} row per file and its {@code quarantine}
 * rows. Kept beside the accounts until the shared ingest journal replaces it.
 */
public final class ImportJournal {
    /** A line of a file that was not imported, and why. */
    public record QuarantinedLine(
            long line,
            @Nullable String field,
            String reason,
            @Nullable String raw) {}

    /** What an import did, for {@code import_run}. */
    public record RunCounts(long read, long added, long updated, long unchanged, long quarantined) {}

    private final Store store;

    public ImportJournal(Store store) {
        this.store = store;
    }

    /** Opens a run of this entity and file, of data the KPIs read; returns its import_id. */
    public long start(String entity, String file, Instant startedAt) {
        return start(entity, file, startedAt, true);
    }

    /**
     * Opens a run of this entity and file; returns its import_id. A run that does not feed the KPIs
     * (reference data such as the territories' points) leaves the computed KPIs current.
     */
    public long start(String entity, String file, Instant startedAt, boolean feedsKpis) {
        long id = Jdbc.queryLong(store, "SELECT nextval('import_run_seq')");
        Jdbc.update(
                store,
                "INSERT INTO import_run (import_id, entity, file, started_at, status, feeds_kpis)"
                        + " VALUES (?, ?, ?, ?, 'running', ?)",
                id,
                entity,
                file,
                startedAt,
                feedsKpis);
        return id;
    }

    public void finish(long importId, Instant finishedAt, RunCounts counts, String status) {
        Jdbc.update(
                store,
                "UPDATE import_run SET finished_at = ?, rows_read = ?, rows_inserted = ?, rows_updated = ?,"
                        + " rows_unchanged = ?, rows_quarantined = ?, status = ? WHERE import_id = ?",
                finishedAt,
                counts.read(),
                counts.added(),
                counts.updated(),
                counts.unchanged(),
                counts.quarantined(),
                status,
                importId);
    }

    public void quarantine(long importId, String file, List<QuarantinedLine> lines, Instant at) {
        try (DuckDBAppender appender =
                store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "quarantine")) {
            for (QuarantinedLine q : lines) {
                appender.beginRow();
                appender.append(importId).append(file).append(q.line());
                nullable(appender, q.field()).append(q.reason());
                nullable(appender, q.raw()).append(at.atOffset(ZoneOffset.UTC).toLocalDateTime());
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot quarantine lines of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Marks a run whose file could not be imported; its rows were rolled back. */
    public void markFailed(long importId) {
        Jdbc.update(
                store,
                "UPDATE import_run SET status = 'failed', finished_at = now()::TIMESTAMP WHERE import_id = ?",
                importId);
    }

    private static DuckDBAppender nullable(DuckDBAppender appender, @Nullable String value) throws SQLException {
        return value == null ? appender.appendNull() : appender.append(value);
    }
}
