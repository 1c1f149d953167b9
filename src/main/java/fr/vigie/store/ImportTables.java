package fr.vigie.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Bookkeeping of file imports: one import_run row per file, staging tables, the account keys. */
public final class ImportTables {
    private final Store store;

    public ImportTables(Store store) {
        this.store = store;
    }

    /** An account as the importers resolve it: by platform id first, then by normalised handle. */
    public record AccountKey(
            String accountId, String network, @Nullable String platformId, String handle) {}

    /** Records the start of an import of one file; returns its import id. */
    public long startRun(String entity, String file) {
        return Jdbc.queryLong(
                store,
                "INSERT INTO import_run (entity, file, started_at, status)"
                        + " VALUES (?, ?, now()::TIMESTAMP, 'running') RETURNING import_id",
                entity,
                file);
    }

    /** Marks a run whose file could not be imported; its rows were rolled back. */
    public void markFailed(long importId) {
        Jdbc.update(
                store,
                "UPDATE import_run SET status = 'failed', finished_at = now()::TIMESTAMP WHERE import_id = ?",
                importId);
    }

    /** Every registered account, loaded once per import to resolve the rows' account references. */
    public List<AccountKey> accountKeys() {
        return Jdbc.query(
                store,
                "SELECT account_id, network, platform_id, handle FROM account",
                row -> new AccountKey(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    /** Fresh staging tables for one file; closing the staging drops them. */
    public ImportStaging openStaging(ImportTarget target) {
        return new ImportStaging(store, target);
    }
}
