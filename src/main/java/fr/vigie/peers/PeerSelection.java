package fr.vigie.peers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Chooses the peers of a territory within its category (docs/methodology.md, "Peers"): nearest
 * population on a log scale, |ln P − ln P₀|, the territory itself excluded, optionally the same
 * région only. Territories with an unknown or zero population have no distance and are never
 * peers. Distances equal to 9 decimals are ties: ordered by name then code, and a tie at the cut-off
 * keeps every tied territory, so the list may be longer than the limit (as a podium on a tie).
 */
final class PeerSelection {
    private static final double TIE_SCALE = 1e9;

    private PeerSelection() {}

    /** A chosen peer and its log-population distance to the territory. */
    record Chosen(PeerCandidate candidate, double distance) {}

    static List<Chosen> select(PeerCandidate target, List<PeerCandidate> category, boolean sameRegion, int limit) {
        if (!target.hasPopulation()) {
            throw new IllegalArgumentException("the territory needs a population above 0");
        }
        double logTarget = Math.log(target.population());
        List<Chosen> sorted = category.stream()
                .filter(c -> !c.code().equals(target.code()))
                .filter(PeerCandidate::hasPopulation)
                .filter(c -> !sameRegion || Objects.equals(c.regionCode(), target.regionCode()))
                .map(c -> new Chosen(c, Math.abs(Math.log(c.population()) - logTarget)))
                .sorted(Comparator.comparingLong((Chosen c) -> key(c.distance()))
                        .thenComparing(c -> c.candidate().name())
                        .thenComparing(c -> c.candidate().code()))
                .toList();
        List<Chosen> chosen = new ArrayList<>();
        for (Chosen c : sorted) {
            boolean tiedWithLast = !chosen.isEmpty() && key(chosen.getLast().distance()) == key(c.distance());
            if (chosen.size() >= limit && !tiedWithLast) {
                break;
            }
            chosen.add(c);
        }
        return chosen;
    }

    private static long key(double distance) {
        return Math.round(distance * TIE_SCALE);
    }
}
