package fr.vigie.ingest;

import fr.vigie.format.SourceRow;
import fr.vigie.store.ImportTarget;
import java.time.Instant;
import java.util.List;

/** account_snapshots.csv: network, account, observed_at, followers, following, posts_count, simulated. */
final class SnapshotsImport implements EntityImport {
    private final AccountDirectory accounts;

    SnapshotsImport(AccountDirectory accounts) {
        this.accounts = accounts;
    }

    @Override
    public ImportTarget target() {
        return ImportTarget.ACCOUNT_SNAPSHOT;
    }

    @Override
    public List<String> requiredFields() {
        return List.of("network", "account", "observed_at");
    }

    @Override
    public void stage(SourceRow row, RowWriter staging) {
        String network = RowFields.network(row);
        String account = RowFields.account(row, "account", network, accounts);
        Instant observedAt = RowFields.time(row, "observed_at");
        Long followers = RowFields.count(row, "followers");
        Long following = RowFields.count(row, "following");
        Long posts = RowFields.count(row, "posts_count");
        boolean simulated = RowFields.flag(row, "simulated");
        staging.beginRow(row.line());
        staging.text(account);
        staging.time(observedAt);
        staging.count(followers);
        staging.count(following);
        staging.count(posts);
        staging.flag(simulated);
        staging.endRow();
    }
}
