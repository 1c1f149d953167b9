package fr.vigie.territory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What Vigie knows about one territory: its category, parents (EPCI, EPT, département, région or
 * COM, in that order), how many communes it holds (0 for a commune) and its registered accounts.
 */
public record TerritoryCard(
        Territory territory,
        @Nullable CategoryRule category,
        List<Territory> parents,
        long communes,
        List<TerritoryAccount> accounts) {
    public TerritoryCard {
        parents = List.copyOf(parents);
        accounts = List.copyOf(accounts);
    }
}
