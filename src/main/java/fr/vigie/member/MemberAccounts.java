package fr.vigie.member;

import fr.vigie.VigieException;
import fr.vigie.account.Account;
import fr.vigie.account.AccountChange;
import fr.vigie.account.AccountFilter;
import fr.vigie.account.AccountHistory;
import fr.vigie.account.AccountRegistry;
import fr.vigie.account.AccountRequest;
import fr.vigie.account.AccountStatus;
import fr.vigie.account.Network;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A territory's accounts list as its members manage it: through the same registry and validation as
 * {@code vigie accounts add}, limited to the territories the user may manage, and signed
 * {@code member:<user_id>} (the account's source when added, the event's source when removed).
 */
public final class MemberAccounts {
    private final AccountRegistry registry;
    private final AccountHistory history;
    private final Clock clock;

    public MemberAccounts(AccountRegistry registry, AccountHistory history, Clock clock) {
        this.registry = registry;
        this.history = history;
        this.clock = clock;
    }

    /** The territory's registered accounts. @throws NotPermitted outside the user's territory */
    public List<Account> list(Member user, String territoryCode) {
        require(user, territoryCode);
        return registry.list(new AccountFilter(territoryCode, null, null));
    }

    /**
     * Registers an account of the territory the request names (or updates it when it is already that
     * territory's). An account registered to another territory stays there.
     *
     * @throws NotPermitted outside the user's territory
     * @throws VigieException for a malformed handle or a conflicting registration
     */
    public AccountChange add(Member user, AccountRequest request) {
        String territory = request.territoryCode().strip();
        require(user, territory);
        Optional<Account> existing = registry.find(request.network(), request.handle());
        if (request.platformId() != null && existing.isEmpty()) {
            existing = registry.find(request.network(), request.platformId());
        }
        if (existing.isPresent() && !existing.get().territoryCode().equals(territory)) {
            throw new NotPermitted("this " + request.network().id() + " account is registered to territory "
                    + existing.get().territoryCode() + "; ask the observatory's team to move it");
        }
        return registry.add(new AccountRequest(
                territory,
                request.network(),
                request.handle(),
                request.role(),
                request.theme(),
                request.status(),
                request.statusSince(),
                request.platformId(),
                request.displayName(),
                request.simulated(),
                user.source()));
    }

    /**
     * Removes an account from the territory's list: it is marked as left from today (Europe/Paris),
     * so its history and past figures stay.
     */
    public Account remove(Member user, Network network, String reference) {
        Account account = registry.find(network, reference)
                .orElseThrow(
                        () -> new VigieException("no registered " + network.id() + " account '" + reference + "'"));
        require(user, account.territoryCode());
        if (account.status() == AccountStatus.LEFT) {
            return account;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris")));
        return history.setStatus(network, reference, AccountStatus.LEFT, today, null, null, user.source());
    }

    private static void require(Member user, String territoryCode) {
        if (!Permissions.can(user, Action.MANAGE_ACCOUNTS, territoryCode)) {
            throw new NotPermitted("you may not manage the accounts of territory " + territoryCode
                    + (user.territoryCode() == null ? "" : "; yours is " + user.territoryCode()));
        }
    }
}
