package fr.vigie.account;

/** What a registration did to the registry, with the account as it now stands. */
public record AccountChange(Kind kind, Account account) implements Reconciliation {
    public enum Kind {
        ADDED,
        UPDATED,
        UNCHANGED
    }
}
