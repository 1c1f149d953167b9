package fr.vigie.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.jspecify.annotations.Nullable;

/**
 * Staging of one file: valid rows and quarantined rows are appended to temporary tables while the
 * file streams, then {@link #merge} moves them into the store in one transaction. Rows are staged
 * as {@code line} followed by the target's columns in table order, without {@code source}. List
 * columns (hashtags) are staged as one text joined by U+001F and split by the merge: appending a
 * Java list costs the Appender several times more than one string.
 *
 * <p>Not thread-safe: one file at a time on the store's connection.
 */
public final class ImportStaging implements AutoCloseable {
    private static final String ROWS = "staging_rows";
    private static final String QUARANTINE = "staging_quarantine";
    private static final String LIST_SEPARATOR = "\u001F";

    private final Store store;
    private final ImportTarget target;
    private final List<String> listColumns;
    private @Nullable DuckDBAppender rows;
    private @Nullable DuckDBAppender quarantine;

    ImportStaging(Store store, ImportTarget target) {
        this.store = store;
        this.target = target;
        this.listColumns = Jdbc.query(
                store,
                "SELECT column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'main' AND table_name = ? AND data_type LIKE '%[]'",
                row -> row.getString(1),
                target.table());
        store.execute("CREATE OR REPLACE TEMP TABLE " + ROWS
                + " AS SELECT CAST(0 AS BIGINT) AS line, * EXCLUDE (source)"
                + replace(column -> "CAST(NULL AS VARCHAR) AS " + column) + " FROM " + target.table() + " LIMIT 0");
        store.execute("CREATE OR REPLACE TEMP TABLE " + QUARANTINE
                + " (line BIGINT NOT NULL, field VARCHAR, reason VARCHAR NOT NULL, raw VARCHAR)");
    }

    /** A duplicate of a natural key inside the file: the first occurrence wins. */
    public record Duplicate(long line, long firstLine) {}

    /** What a merge did: rows staged (after duplicates), newly inserted, and quarantined. */
    public record Merged(long staged, long inserted, long quarantined) {
        public long unchanged() {
            return staged - inserted;
        }
    }

    public void beginRow(long line) {
        try {
            rows().beginRow().append(line);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void text(@Nullable String value) {
        try {
            if (value == null) {
                rows().appendNull();
            } else {
                rows().append(value);
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void count(@Nullable Long value) {
        try {
            if (value == null) {
                rows().appendNull();
            } else {
                rows().append(value.longValue());
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void flag(boolean value) {
        try {
            rows().append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A UTC instant, stored as the TIMESTAMP (without zone) the store keeps, to the microsecond. */
    public void time(Instant value) {
        timeMicros(Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000));
    }

    /** A UTC instant as microseconds since the epoch. */
    public void timeMicros(long epochMicros) {
        try {
            rows().appendEpochMicros(epochMicros);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A list of texts without U+001F (hashtags). */
    public void texts(List<String> values) {
        try {
            rows().append(String.join(LIST_SEPARATOR, values));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public void endRow() {
        try {
            rows().endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Sets a row aside; it reaches the quarantine table with the merge, not before. */
    public void quarantine(long line, @Nullable String field, String reason, @Nullable String raw) {
        try {
            if (quarantine == null) {
                quarantine = store.connection().createAppender("temp", "main", QUARANTINE);
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
        String key = target.key();
        store.execute("CREATE OR REPLACE TEMP TABLE staging_duplicates AS SELECT s.line, d.first_line FROM " + ROWS
                + " s JOIN (SELECT " + key + ", min(line) AS first_line FROM " + ROWS + " GROUP BY " + key
                + " HAVING count(*) > 1) d USING (" + key + ") WHERE s.line > d.first_line");
        List<Duplicate> duplicates = Jdbc.query(
                store,
                "SELECT line, first_line FROM staging_duplicates ORDER BY line",
                row -> new Duplicate(row.getLong(1), row.getLong(2)));
        if (!duplicates.isEmpty()) {
            store.execute("DELETE FROM " + ROWS + " WHERE line IN (SELECT line FROM staging_duplicates)");
        }
        store.execute("DROP TABLE staging_duplicates");
        return duplicates;
    }

    /**
     * In one transaction: inserts the staged rows whose natural key is new, stores the quarantined
     * rows and closes the run with its counts. Anything thrown (beforeCommit included, which tests use
     * to simulate a crash) rolls all of it back.
     */
    public Merged merge(long importId, String file, String source, long read, Runnable beforeCommit) {
        closeAppenders();
        return store.inTransaction(() -> {
            long staged = Jdbc.queryLong(store, "SELECT count(*) FROM " + ROWS);
            long inserted = Jdbc.update(
                    store,
                    "INSERT INTO " + target.table() + " BY NAME SELECT * EXCLUDE (line)"
                            + replace(column -> "CASE WHEN " + column + " = '' THEN []::VARCHAR[] ELSE string_split("
                                    + column + ", chr(31)) END AS " + column)
                            + ", CAST(? AS VARCHAR) AS source FROM " + ROWS + " ON CONFLICT DO NOTHING",
                    source);
            long quarantined = Jdbc.update(
                    store,
                    "INSERT INTO quarantine SELECT ?, ?, line, field, reason, raw, now()::TIMESTAMP FROM " + QUARANTINE,
                    importId,
                    file);
            beforeCommit.run();
            Jdbc.update(
                    store,
                    "UPDATE import_run SET status = 'done', finished_at = now()::TIMESTAMP, rows_read = ?,"
                            + " rows_inserted = ?, rows_unchanged = ?, rows_quarantined = ? WHERE import_id = ?",
                    read,
                    inserted,
                    staged - inserted,
                    quarantined,
                    importId);
            return new Merged(staged, inserted, quarantined);
        });
    }

    /** A REPLACE clause rewriting each list column, or nothing when the target has none. */
    private String replace(java.util.function.Function<String, String> rewrite) {
        return listColumns.isEmpty()
                ? ""
                : " REPLACE ("
                        + String.join(", ", listColumns.stream().map(rewrite).toList()) + ")";
    }

    private DuckDBAppender rows() throws SQLException {
        if (rows == null) {
            rows = store.connection().createAppender("temp", "main", ROWS);
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
        store.execute("DROP TABLE IF EXISTS " + ROWS);
        store.execute("DROP TABLE IF EXISTS " + QUARANTINE);
    }
}
