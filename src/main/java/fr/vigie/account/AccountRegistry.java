package fr.vigie.account;

import fr.vigie.VigieException;
import fr.vigie.account.Reconciliation.Conflict;
import fr.vigie.store.AccountTable;
import fr.vigie.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of territories' official accounts: registers them one by one or from accounts.csv
 * files, lists them, and finds the account a data file refers to.
 */
public final class AccountRegistry {
    /** The columns of the accounts.csv format, in the order `vigie accounts list --format csv` writes them. */
    public static final List<String> CSV_COLUMNS = CsvLines.COLUMNS;

    private final Store store;
    private final AccountTable accounts;
    private final Clock clock;

    public AccountRegistry(Store store) {
        this(store, Clock.systemUTC());
    }

    /** @param clock dates status changes (Europe/Paris day) and import runs */
    public AccountRegistry(Store store, Clock clock) {
        this.store = store;
        this.accounts = new AccountTable(store);
        this.clock = clock;
    }

    /**
     * Registers one account, or updates the registered one with the fields the request gives.
     *
     * @throws VigieException for an unknown territory, a malformed handle or a conflict with another
     *     registration
     */
    public AccountChange add(AccountRequest typedRequest) {
        requireTerritories();
        String territory = TypedTerritories.resolve(Set.of(typedRequest.territoryCode()), accounts::existingTerritories)
                .require(typedRequest.territoryCode());
        AccountRequest request = typedRequest.inTerritory(territory);
        ProfileHandle handle =
                Handles.normalise(request.network(), request.handle()).orThrow();
        var registry = new RegisteredAccounts(
                accounts.list(null, request.network().id(), null).stream()
                        .map(AccountRows::account)
                        .toList(),
                LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))));
        return switch (registry.reconcile(request, handle)) {
            case Conflict(String field, String reason) -> throw new VigieException(field + ": " + reason);
            case AccountChange change -> {
                store.inTransaction(() -> {
                    switch (change.kind()) {
                        case ADDED -> accounts.insert(List.of(AccountRows.row(change.account())));
                        case UPDATED -> accounts.update(AccountRows.row(change.account()));
                        case UNCHANGED -> {}
                    }
                    return null;
                });
                yield change;
            }
        };
    }

    private void requireTerritories() {
        if (!accounts.hasTerritories()) {
            throw new VigieException(
                    "the territory registry is empty: load the territories before registering their accounts");
        }
    }

    /** Accounts matching the filter, by territory, network and handle. */
    public List<Account> list(AccountFilter filter) {
        return accounts
                .list(
                        filter.territoryCode(),
                        filter.network() == null ? null : filter.network().id(),
                        filter.status() == null ? null : filter.status().id())
                .stream()
                .map(AccountRows::account)
                .toList();
    }

    /**
     * The account a data file names by network plus platform id or handle (any form {@link Handles}
     * accepts, with or without '@'); empty when the registry does not know it.
     */
    public Optional<Account> find(Network network, String reference) {
        var byId = accounts.byPlatformId(network.id(), reference.strip());
        if (byId.isPresent()) {
            return byId.map(AccountRows::account);
        }
        return switch (Handles.normalise(network, reference)) {
            case ProfileHandle handle ->
                accounts.byHandle(network.id(), handle.handle()).map(AccountRows::account);
            case MalformedHandle malformed -> Optional.empty();
        };
    }

    /**
     * Imports one accounts.csv (format in docs/formats/README.md) in one transaction; bad lines are
     * quarantined and reported in the summary, the others registered.
     *
     * @throws VigieException when the file cannot be read or lacks a required column
     */
    public AccountImportSummary importCsv(Path file) {
        requireTerritories();
        return new AccountCsvImport(store, clock).run(file);
    }
}
