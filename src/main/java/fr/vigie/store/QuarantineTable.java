package fr.vigie.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rows that imports set aside, with where they came from and why. */
public final class QuarantineTable {
    private final Store store;

    public QuarantineTable(Store store) {
        this.store = store;
    }

    /** One quarantined row; raw is the line as read, with citizens' identities withheld. */
    public record Entry(
            long importId,
            String file,
            long line,
            @Nullable String field,
            String reason,
            @Nullable String raw) {}

    /** Quarantined rows of one import (or of all, latest import first), in file order. */
    public List<Entry> list(@Nullable Long importId, int limit) {
        return Jdbc.query(
                store,
                "SELECT import_id, file, line, field, reason, raw FROM quarantine"
                        + " WHERE ? IS NULL OR import_id = ? ORDER BY import_id DESC, line LIMIT ?",
                row -> new Entry(
                        row.getLong(1),
                        row.getString(2),
                        row.getLong(3),
                        row.getString(4),
                        row.getString(5),
                        row.getString(6)),
                importId,
                importId,
                limit);
    }

    /** Number of quarantined rows of one import. */
    public long count(long importId) {
        return Jdbc.queryLong(store, "SELECT count(*) FROM quarantine WHERE import_id = ?", importId);
    }
}
