package fr.vigie.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Why a territory holds an account: its generalist voice, or one theme of its action. */
public enum AccountRole {
    /** The institution's generalist account (the default). */
    OFFICIAL("official"),
    /** An account about one theme (tourism, culture, youth…), named in the account's theme. */
    THEMATIC("thematic");

    private final String id;

    AccountRole(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AccountRole> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.id.equals(wanted)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(AccountRole::id).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return id;
    }
}
