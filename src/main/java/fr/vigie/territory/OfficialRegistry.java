package fr.vigie.territory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A complete registry of territories of one edition, as read from official data or the shipped file. */
public record OfficialRegistry(RegistryEdition edition, List<Territory> territories) {
    public OfficialRegistry {
        territories = List.copyOf(territories);
    }

    /** How many territories of each kind, in the order of {@link TerritoryKind}. */
    public Map<TerritoryKind, Long> countsByKind() {
        Map<TerritoryKind, Long> counts = new EnumMap<>(TerritoryKind.class);
        for (TerritoryKind kind : TerritoryKind.values()) {
            counts.put(kind, 0L);
        }
        territories.forEach(t -> counts.merge(t.kind(), 1L, Long::sum));
        return counts;
    }
}
