package fr.vigie.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where an account is in its life; the account's status_since says since when. */
public enum AccountStatus {
    /** Publishes (the default for a new account). */
    ACTIVE("active"),
    /** Still exists but publishes nothing for a long time (no post in 365 days). */
    DORMANT("dormant"),
    /** The territory left the network (account deleted or announced as abandoned). */
    LEFT("left"),
    /** The territory moved this audience to another network or account. */
    MIGRATED("migrated");

    private final String id;

    AccountStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AccountStatus> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(AccountStatus::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
