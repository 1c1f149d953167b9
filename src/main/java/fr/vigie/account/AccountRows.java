package fr.vigie.account;

import fr.vigie.store.AccountTable.AccountRow;

/** Accounts to and from the store's plain rows; the store's values were written by this class. */
final class AccountRows {
    private AccountRows() {}

    static AccountRow row(Account a) {
        return new AccountRow(
                a.accountId(),
                a.territoryCode(),
                a.network().id(),
                a.platformId(),
                a.handle(),
                a.url(),
                a.displayName(),
                a.role().id(),
                a.theme(),
                a.status().id(),
                a.statusSince(),
                a.source(),
                a.simulated());
    }

    static Account account(AccountRow r) {
        return new Account(
                r.accountId(),
                r.territoryCode(),
                Network.parse(r.network()).orElseThrow(() -> corrupt(r, "network " + r.network())),
                r.platformId(),
                r.handle(),
                r.url(),
                r.displayName(),
                AccountRole.parse(r.role()).orElseThrow(() -> corrupt(r, "role " + r.role())),
                r.theme(),
                AccountStatus.parse(r.status()).orElseThrow(() -> corrupt(r, "status " + r.status())),
                r.statusSince(),
                r.source(),
                r.simulated());
    }

    private static IllegalStateException corrupt(AccountRow r, String what) {
        return new IllegalStateException("account " + r.accountId() + " has an unknown " + what + " in the store");
    }
}
