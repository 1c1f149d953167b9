package fr.vigie.account;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A registration asked for by a person or a file line. A null field means "not given": a new
 * account takes the default (official, active, not simulated), an existing one keeps its value.
 *
 * @param handle as written: a handle or a profile URL, normalised by the registry
 */
public record AccountRequest(
        String territoryCode,
        Network network,
        String handle,
        @Nullable AccountRole role,
        @Nullable String theme,
        @Nullable AccountStatus status,
        @Nullable LocalDate statusSince,
        @Nullable String platformId,
        @Nullable String displayName,
        @Nullable Boolean simulated,
        String source) {

    /** A request naming only the territory, network and handle. */
    public static AccountRequest of(String territoryCode, Network network, String handle, String source) {
        return new AccountRequest(territoryCode, network, handle, null, null, null, null, null, null, null, source);
    }

    /** The same request for the territory's code as stored (e.g. "13" typed, "DEP-13" stored). */
    public AccountRequest inTerritory(String code) {
        return new AccountRequest(
                code, network, handle, role, theme, status, statusSince, platformId, displayName, simulated, source);
    }
}
