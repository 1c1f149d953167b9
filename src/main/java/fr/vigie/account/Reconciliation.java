package fr.vigie.account;

/** The outcome of matching a request against the registry: a change, or a conflict that refuses it. */
sealed interface Reconciliation permits AccountChange, Reconciliation.Conflict {
    /** The request contradicts a registered account; field and reason are for the user. */
    record Conflict(String field, String reason) implements Reconciliation {}
}
