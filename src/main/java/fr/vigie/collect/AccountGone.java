package fr.vigie.collect;

import java.util.Locale;

/**
 * The platform says the account cannot be collected any more: not found, suspended by the platform,
 * deactivated or deleted by its owner. Recorded as an event of the account with its date; the account
 * stays registered until a person decides.
 */
public final class AccountGone extends CollectFailure {
    /** Why the account is gone, as the platform tells it. */
    public enum Kind {
        NOT_FOUND,
        SUSPENDED,
        DEACTIVATED,
        DELETED;

        /** The event kind stored in {@code account_event}. */
        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Kind kind;

    public AccountGone(Kind kind, String reason) {
        super(reason);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
