package fr.vigie.account;

import fr.vigie.account.AccountChange.Kind;
import fr.vigie.account.Reconciliation.Conflict;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The registry held in memory while a file or a command is applied: finds the account a request
 * speaks of (by platform id first, then by normalised handle) and decides whether the request adds
 * it, updates it, changes nothing or conflicts. Applied changes are remembered, so later lines of
 * the same file see them.
 */
final class RegisteredAccounts {
    private final Map<String, Account> byHandle = new HashMap<>();
    private final Map<String, Account> byPlatformId = new HashMap<>();
    private final Map<String, Account> byId = new HashMap<>();
    private final LocalDate today;

    /** @param today the day a status change is dated when the request gives no status_since */
    RegisteredAccounts(Collection<Account> accounts, LocalDate today) {
        this.today = today;
        accounts.forEach(this::remember);
    }

    Reconciliation reconcile(AccountRequest request, ProfileHandle handle) {
        Network network = handle.network();
        if (request.platformId() != null
                && handle.platformId() != null
                && !request.platformId().equals(handle.platformId())) {
            return new Conflict(
                    "platform_id",
                    "platform_id '" + request.platformId() + "' differs from the id '" + handle.platformId()
                            + "' in the handle");
        }
        String platformId = request.platformId() != null ? request.platformId() : handle.platformId();
        Account withId = platformId == null ? null : byPlatformId.get(key(network, platformId));
        Account byName = byHandle.get(key(network, handle.handle()));
        if (withId != null && byName != null && !withId.accountId().equals(byName.accountId())) {
            return new Conflict(
                    "handle",
                    "handle " + handle.handle() + " is registered as " + byName.accountId() + " but platform_id "
                            + platformId + " belongs to " + withId.accountId());
        }
        Account existing = withId != null ? withId : byName;
        if (existing == null) {
            return add(request, handle, platformId);
        }
        if (!existing.territoryCode().equals(request.territoryCode())) {
            return new Conflict(
                    "handle",
                    "conflict: " + existing.accountId() + " is already registered for territory "
                            + existing.territoryCode());
        }
        if (platformId != null && existing.platformId() != null && !platformId.equals(existing.platformId())) {
            return new Conflict(
                    "platform_id",
                    "conflict: " + existing.accountId() + " has platform_id " + existing.platformId() + ", not "
                            + platformId);
        }
        return update(existing, request, handle, platformId);
    }

    private Reconciliation add(AccountRequest request, ProfileHandle handle, @Nullable String platformId) {
        String id = Account.idFor(handle.network(), platformId, handle.handle());
        Account taken = byId.get(id);
        if (taken != null) {
            return new Conflict("handle", "account id " + id + " is taken by " + taken.handle() + " (renamed)");
        }
        var account = new Account(
                id,
                request.territoryCode(),
                handle.network(),
                platformId,
                handle.handle(),
                handle.url(),
                request.displayName(),
                Objects.requireNonNullElse(request.role(), AccountRole.OFFICIAL),
                request.theme(),
                Objects.requireNonNullElse(request.status(), AccountStatus.ACTIVE),
                request.statusSince(),
                request.source(),
                Objects.requireNonNullElse(request.simulated(), false));
        remember(account);
        return new AccountChange(Kind.ADDED, account);
    }

    private Reconciliation update(
            Account old, AccountRequest request, ProfileHandle handle, @Nullable String platformId) {
        AccountStatus status = Objects.requireNonNullElse(request.status(), old.status());
        LocalDate since = request.statusSince() != null
                ? request.statusSince()
                : status != old.status() ? today : old.statusSince();
        var account = new Account(
                old.accountId(),
                old.territoryCode(),
                old.network(),
                platformId != null ? platformId : old.platformId(),
                handle.handle(),
                handle.url(),
                request.displayName() != null ? request.displayName() : old.displayName(),
                Objects.requireNonNullElse(request.role(), old.role()),
                request.theme() != null ? request.theme() : old.theme(),
                status,
                since,
                request.source(),
                Objects.requireNonNullElse(request.simulated(), old.simulated()));
        if (account.sameAs(old)) {
            return new AccountChange(Kind.UNCHANGED, old);
        }
        forget(old);
        remember(account);
        return new AccountChange(Kind.UPDATED, account);
    }

    private void remember(Account account) {
        byId.put(account.accountId(), account);
        byHandle.put(key(account.network(), account.handle()), account);
        if (account.platformId() != null) {
            byPlatformId.put(key(account.network(), account.platformId()), account);
        }
    }

    private void forget(Account account) {
        byId.remove(account.accountId());
        byHandle.remove(key(account.network(), account.handle()));
        if (account.platformId() != null) {
            byPlatformId.remove(key(account.network(), account.platformId()));
        }
    }

    private static String key(Network network, String value) {
        return network.id() + " " + value;
    }
}
