package fr.vigie.collect;

import fr.vigie.store.AccountEventTable;
import fr.vigie.store.AccountTable;
import fr.vigie.store.CollectStatusTable;
import fr.vigie.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Records what a collection reveals about an account, with the date it was observed: its platform id
 * learnt on first success, a new handle (renamed: the account is recognised by its platform id, the
 * registry follows the new handle), a platform saying it is gone, and dormancy (no post for
 * {@link Cadence#DORMANT_AFTER}) or its end.
 */
final class AccountLifecycle {
    private final AccountTable accounts;
    private final AccountEventTable events;
    private final CollectStatusTable status;

    AccountLifecycle(Store store) {
        this.accounts = new AccountTable(store);
        this.events = new AccountEventTable(store);
        this.status = new CollectStatusTable(store);
    }

    /** Checks the identity the platform returned against the registry, before anything is written. */
    void checkIdentity(String network, CollectTarget target, Collected.Snapshot snapshot, String source) {
        var row = accounts.byHandle(network, target.handle()).orElse(null);
        if (row == null) {
            return;
        }
        String id = snapshot.platformId();
        if (id != null && row.platformId() != null && !row.platformId().equals(id)) {
            throw new CollectFailure("handle '" + target.handle() + "' now belongs to another account (platform id "
                    + id + ", registered " + row.platformId() + "); check the registry");
        }
        String handle = snapshot.handle();
        boolean renamed = handle != null && !handle.equalsIgnoreCase(row.handle());
        if (renamed && accounts.byHandle(network, handle).isPresent()) {
            throw new CollectFailure("account renamed to '" + handle + "', which another registered account has");
        }
        if ((id != null && row.platformId() == null) || renamed) {
            accounts.update(new AccountTable.AccountRow(
                    row.accountId(),
                    row.territoryCode(),
                    row.network(),
                    id != null ? id : row.platformId(),
                    renamed ? handle : row.handle(),
                    row.url(),
                    row.displayName(),
                    row.role(),
                    row.theme(),
                    row.status(),
                    row.statusSince(),
                    row.source(),
                    row.simulated()));
        }
        if (renamed) {
            event(row.accountId(), snapshot.observedAt(), "renamed", row.handle() + " -> " + handle, source);
        }
    }

    /** Records that the platform says the account is gone. */
    void gone(String accountId, Instant at, AccountGone gone, String source) {
        event(accountId, at, gone.kind().stored(), gone.getMessage(), source);
    }

    /**
     * Records dormancy when an active account has not posted for {@link Cadence#DORMANT_AFTER}, and its
     * end when a dormant one posts again; the registry's status follows, dated. Accounts a person
     * marked as left or migrated are left alone.
     */
    void checkActivity(String network, String handle, Instant now, String source) {
        var row = accounts.byHandle(network, handle).orElse(null);
        if (row == null || !(row.status().equals("active") || row.status().equals("dormant"))) {
            return;
        }
        boolean posting =
                status.postsBetween(row.accountId(), now.minus(Cadence.DORMANT_AFTER), now.plusSeconds(1)) > 0;
        boolean dormant = row.status().equals("dormant");
        if (posting == dormant) {
            String next = posting ? "active" : "dormant";
            accounts.update(new AccountTable.AccountRow(
                    row.accountId(),
                    row.territoryCode(),
                    row.network(),
                    row.platformId(),
                    row.handle(),
                    row.url(),
                    row.displayName(),
                    row.role(),
                    row.theme(),
                    next,
                    LocalDate.ofInstant(now, ZoneId.of("Europe/Paris")),
                    row.source(),
                    row.simulated()));
            event(
                    row.accountId(),
                    now,
                    posting ? "reactivated" : "dormant",
                    posting ? null : "no post for " + Cadence.DORMANT_AFTER.toDays() + " days",
                    source);
        }
    }

    private void event(String accountId, Instant at, String kind, @Nullable String detail, String source) {
        events.record(new AccountEventTable.EventRow(accountId, at, kind, detail, source));
    }
}
