package fr.vigie.account;

import org.jspecify.annotations.Nullable;

/** Which accounts to list; a null criterion matches everything. */
public record AccountFilter(
        @Nullable String territoryCode,
        @Nullable Network network,
        @Nullable AccountStatus status) {
    public static final AccountFilter ALL = new AccountFilter(null, null, null);
}
