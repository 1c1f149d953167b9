package fr.vigie.territory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A territory of the official registry. Codes are INSEE codes for communes, départements, régions
 * and COM, SIREN for EPCI and EPT; parents are codes too.
 *
 * @param population population municipale of the millésime, summed from communes above the
 *     commune level; null when the official data gives none (e.g. Clipperton)
 */
public record Territory(
        String code,
        TerritoryKind kind,
        @Nullable String epciType,
        String name,
        @Nullable Long population,
        @Nullable Integer populationMillesime,
        int cogYear,
        @Nullable String zone,
        @Nullable String epciCode,
        @Nullable String eptCode,
        @Nullable String departementCode,
        @Nullable String regionCode,
        @Nullable String siren,
        List<String> postalCodes) {

    public Territory {
        postalCodes = List.copyOf(postalCodes);
    }
}
