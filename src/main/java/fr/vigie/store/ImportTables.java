package fr.vigie.store;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the importers need from the store: staging tables and the account keys (runs: {@link ImportJournal}). */
public final class ImportTables {
    private final Store store;

    public ImportTables(Store store) {
        this.store = store;
    }

    /** An account as the importers resolve it: by platform id first, then by normalised handle. */
    public record AccountKey(
            String accountId, String network, @Nullable String platformId, String handle) {}

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
