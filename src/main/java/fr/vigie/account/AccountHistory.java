package fr.vigie.account;

import fr.vigie.VigieException;
import fr.vigie.store.AccountEventTable;
import fr.vigie.store.AccountTable;
import fr.vigie.store.Store;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The life of registered accounts: a person records that a territory left a network, migrated an
 * account to another (e.g. from X to Bluesky), or that an account is active again, with the date;
 * collection records renames, suspensions, deletions and dormancy on its own. Every change is an
 * event with its date ({@code vigie accounts history}).
 */
public final class AccountHistory {
    /** One event, for display. */
    public record Event(
            String accountId,
            LocalDate day,
            String kind,
            @Nullable String detail,
            String source) {}

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Store store;
    private final AccountRegistry registry;

    public AccountHistory(Store store, AccountRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    /**
     * Sets an account's status from {@code since}; a migration names the registered account that
     * takes over ({@code successor}, as network plus handle or id).
     */
    public Account setStatus(
            Network network,
            String reference,
            AccountStatus status,
            LocalDate since,
            @Nullable Network successorNetwork,
            @Nullable String successor) {
        return setStatus(network, reference, status, since, successorNetwork, successor, "cli");
    }

    /** {@link #setStatus} with the event's source: who recorded it, e.g. {@code member:<user_id>}. */
    public Account setStatus(
            Network network,
            String reference,
            AccountStatus status,
            LocalDate since,
            @Nullable Network successorNetwork,
            @Nullable String successor,
            String source) {
        Account account = registry.find(network, reference)
                .orElseThrow(() -> new VigieException("no registered " + network.id() + " account '" + reference
                        + "'; see vigie accounts list --network " + network.id()));
        String detail = null;
        if (status == AccountStatus.MIGRATED) {
            if (successorNetwork == null || successor == null) {
                throw new VigieException("--to: a migration names the account that takes over, e.g. --to"
                        + " bluesky:marseille.fr (register it first)");
            }
            Account next = registry.find(successorNetwork, successor)
                    .orElseThrow(() -> new VigieException("--to: no registered " + successorNetwork.id() + " account '"
                            + successor + "'; register it first with vigie accounts add"));
            detail = "to " + next.accountId();
        }
        Account changed = new Account(
                account.accountId(),
                account.territoryCode(),
                account.network(),
                account.platformId(),
                account.handle(),
                account.url(),
                account.displayName(),
                account.role(),
                account.theme(),
                status,
                since,
                account.source(),
                account.simulated());
        String kind = status == AccountStatus.ACTIVE ? "reactivated" : status.id();
        String eventDetail = detail;
        store.inTransaction(() -> {
            new AccountTable(store).update(AccountRows.row(changed));
            new AccountEventTable(store)
                    .record(new AccountEventTable.EventRow(
                            account.accountId(), since.atStartOfDay(PARIS).toInstant(), kind, eventDetail, source));
            return null;
        });
        return changed;
    }

    /** The events of one account (every account when null), oldest first, dated in Europe/Paris. */
    public List<Event> events(@Nullable String accountId) {
        return new AccountEventTable(store)
                .list(accountId).stream()
                        .map(e -> new Event(
                                e.accountId(),
                                LocalDate.ofInstant(e.observedAt(), PARIS),
                                e.kind(),
                                e.detail(),
                                e.source()))
                        .toList();
    }
}
