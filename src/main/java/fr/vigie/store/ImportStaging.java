package fr.vigie.store;

import java.sql.SQLException;
import java.util.ArrayList;
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
    private static final String ROWS = "staging_rows";
    private static final String QUARANTINE = "staging_quarantine";

    private final Store store;
    private final ImportTarget target;
    private final List<Column> columns;
    private @Nullable DuckDBAppender rows;
    private @Nullable DuckDBAppender quarantine;

    private record Column(String name, String type) {
        /** SQL turning field {@code f[i]} of the packed row back into this column's type. */
        String unpack(int i) {
            String field = "f[" + i + "]";
            return switch (type) {
                case "VARCHAR" -> "nullif(" + PackedRow.unescapeSql(field) + ", '')";
                case "BIGINT" -> "CAST(nullif(" + field + ", '') AS BIGINT)";
                case "BOOLEAN" -> field + " = 't'";
                case "TIMESTAMP" -> "make_timestamp(CAST(" + field + " AS BIGINT))";
                case "VARCHAR[]" ->
                    "CASE WHEN " + field + " = '' THEN []::VARCHAR[] ELSE list_transform(string_split(" + field
                            + ", chr(31)), lambda item: " + PackedRow.unescapeSql("item") + ") END";
                default -> throw new StoreException("cannot stage a " + type + " column (" + name + ")");
            };
        }
    }

    ImportStaging(Store store, ImportTarget target) {
        this.store = store;
        this.target = target;
        this.columns = Jdbc.query(
                store,
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'main'"
                        + " AND table_name = ? AND column_name <> 'source' ORDER BY ordinal_position",
                row -> new Column(row.getString(1), row.getString(2)),
                target.table());
        store.execute("CREATE OR REPLACE TEMP TABLE " + ROWS + " (line BIGINT NOT NULL, packed VARCHAR NOT NULL)");
        store.execute("CREATE OR REPLACE TEMP TABLE " + QUARANTINE
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
        if (fields != columns.size()) {
            throw new IllegalStateException(
                    "staged " + fields + " values for the " + columns.size() + " columns of " + target.table());
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

    /** The staged rows unpacked: line plus the given expressions over the fields {@code f}. */
    private String unpacked(String expressions) {
        return "(SELECT line, " + expressions + " FROM (SELECT line, string_split(packed, chr(30)) AS f FROM " + ROWS
                + "))";
    }

    /**
     * Removes the later occurrences of a natural key from the staged rows and returns them in line
     * order, so that the caller quarantines them with their raw line.
     */
    public List<Duplicate> removeDuplicates() {
        closeAppenders();
        List<String> keyFields = new ArrayList<>();
        List<String> keyNames = List.of(target.key().split(",\\s*"));
        for (int i = 0; i < columns.size(); i++) {
            if (keyNames.contains(columns.get(i).name())) {
                keyFields.add("f[" + (i + 1) + "] AS k" + keyFields.size());
            }
        }
        String key = String.join(
                ", ",
                keyFields.stream().map(k -> k.substring(k.lastIndexOf(' ') + 1)).toList());
        // Most files hold no duplicate: one counting pass tells, and spares the keyed copy and the join.
        long repeated = Jdbc.queryLong(
                store,
                "SELECT count(*) - count(DISTINCT (" + key + ")) FROM " + unpacked(String.join(", ", keyFields)));
        if (repeated == 0) {
            return List.of();
        }
        store.execute(
                "CREATE OR REPLACE TEMP TABLE staging_keys AS SELECT * FROM " + unpacked(String.join(", ", keyFields)));
        store.execute("CREATE OR REPLACE TEMP TABLE staging_duplicates AS SELECT s.line, d.first_line"
                + " FROM staging_keys s JOIN (SELECT " + key + ", min(line) AS first_line FROM staging_keys GROUP BY "
                + key + " HAVING count(*) > 1) d USING (" + key + ") WHERE s.line > d.first_line");
        store.execute("DROP TABLE staging_keys");
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
     * In one transaction: inserts the staged rows whose natural key is new, corrects stored rows whose
     * values differ, stores the quarantined
     * rows and closes the run with its counts. Anything thrown (beforeCommit included, which tests use
     * to simulate a crash) rolls all of it back.
     */
    public Merged merge(long importId, String file, String source, long read, Runnable beforeCommit) {
        closeAppenders();
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            names.add(columns.get(i).name());
            values.add(columns.get(i).unpack(i + 1));
        }
        String typed = "(SELECT " + String.join(", ", values) + " FROM (SELECT string_split(packed, chr(30)) AS f FROM "
                + ROWS + ")) s (" + String.join(", ", names) + ")";
        return store.inTransaction(() -> {
            long staged = Jdbc.queryLong(store, "SELECT count(*) FROM " + ROWS);
            long inserted = Jdbc.update(
                    store,
                    "INSERT INTO " + target.table() + " (" + String.join(", ", names) + ", source) SELECT s.*,"
                            + " CAST(? AS VARCHAR) FROM " + typed + " ANTI JOIN " + target.table() + " t USING ("
                            + target.key() + ")",
                    source);
            String correction = correction(names, typed);
            long updated = inserted == staged || correction == null ? 0 : Jdbc.update(store, correction);
            long quarantined = Jdbc.update(
                    store,
                    "INSERT INTO quarantine SELECT ?, ?, line, field, reason, raw, now()::TIMESTAMP FROM " + QUARANTINE,
                    importId,
                    file);
            beforeCommit.run();
            var merged = new Merged(staged, inserted, updated, quarantined);
            new ImportJournal(store)
                    .finish(
                            importId,
                            java.time.Instant.now(),
                            new ImportJournal.RunCounts(read, inserted, updated, merged.unchanged(), quarantined),
                            "done");
            return merged;
        });
    }

    /**
     * Re-imported rows whose key is stored but whose values differ correct the stored row: a value
     * given replaces the stored one, an empty value (unknown) keeps it. The key, the source and the
     * simulated label of a stored row never change. Null when the target has nothing but its key.
     */
    private @Nullable String correction(List<String> names, String typed) {
        List<String> keys = List.of(target.key().split(",\\s*"));
        List<String> values = names.stream()
                .filter(name -> !keys.contains(name) && !name.equals("simulated"))
                .toList();
        if (values.isEmpty()) {
            return null;
        }
        return "UPDATE " + target.table() + " AS t SET "
                + String.join(
                        ", ",
                        values.stream()
                                .map(c -> c + " = coalesce(s." + c + ", t." + c + ")")
                                .toList())
                + " FROM " + typed + " WHERE "
                + String.join(
                        " AND ", keys.stream().map(k -> "t." + k + " = s." + k).toList())
                + " AND ("
                + String.join(
                        " OR ",
                        values.stream()
                                .map(c -> "(s." + c + " IS NOT NULL AND s." + c + " IS DISTINCT FROM t." + c + ")")
                                .toList())
                + ")";
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
