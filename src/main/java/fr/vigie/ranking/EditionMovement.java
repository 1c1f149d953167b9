package fr.vigie.ranking;

import fr.vigie.VigieException;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.RankMovement.Standing;
import fr.vigie.store.EditionTable;
import fr.vigie.store.EditionTable.StoredPlace;
import fr.vigie.store.ScoreTable;
import fr.vigie.store.Store;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Movement since a published edition (docs/methodology.md, "Movement"): the palmarès now against the
 * ranks stored for an earlier period and methodology version, as published: nothing is recomputed,
 * so an edition of an older methodology keeps its ranks. KPI palmarès compare on the raw view.
 */
public final class EditionMovement {
    static final String RAW_VIEW = "raw";

    private final EditionTable editions;
    private final ScoreTable areas;

    public EditionMovement(Store store) {
        this.editions = new EditionTable(store);
        this.areas = new ScoreTable(store);
    }

    /** An edition as typed with --compare-to: period@methodology-version, e.g. 2025@1.0. */
    public record EditionRequest(Period period, String methodologyVersion) {
        /** The edition typed, or empty for a plain period (then compared after recomputing it). */
        public static Optional<EditionRequest> parse(String typed) {
            int at = typed.indexOf('@');
            if (at < 0) {
                return Optional.empty();
            }
            String version = typed.substring(at + 1).strip();
            if (version.isEmpty()) {
                throw new VigieException("--compare-to " + typed
                        + ": give the methodology version after @, e.g. 2025@1.0, or only a period");
            }
            return Optional.of(
                    new EditionRequest(Period.parse(typed.substring(0, at).strip()), version));
        }
    }

    /** The KPI palmarès now against the edition's raw ranks. */
    public RankMovement since(Ranking now, EditionRequest edition) {
        return since(
                RankMovement.standings(now),
                now.category().slug(),
                now.kpi().id(),
                now.network(),
                RAW_VIEW,
                null,
                edition);
    }

    /** The composite or size-adjusted palmarès now (or its extract) against the edition's ranks. */
    public RankMovement since(Scoreboard now, EditionRequest edition) {
        String view = now.view().id();
        return since(
                RankMovement.standings(now), now.category().slug(), view, now.network(), view, now.area(), edition);
    }

    private RankMovement since(
            List<Standing> now,
            String category,
            String kpi,
            String network,
            String view,
            @Nullable String area,
            EditionRequest edition) {
        String period = edition.period().label();
        List<StoredPlace> stored = editions.places(period, edition.methodologyVersion(), category, kpi, network, view);
        if (stored.isEmpty()) {
            throw new VigieException(missing(category, kpi, network, period + "@" + edition.methodologyVersion()));
        }
        Set<String> within = area == null ? null : areas.codesWithin(area);
        List<Standing> then = stored.stream()
                .filter(p -> within == null || within.contains(p.territoryCode()))
                .map(p -> new Standing(p.territoryCode(), p.name(), new Place(p.value(), p.rank(), p.tied())))
                .toList();
        var storedAt = stored.stream()
                .map(StoredPlace::storedAt)
                .max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        var published = new Edition(period, edition.methodologyVersion(), storedAt);
        return RankMovement.between(now, then, published.label()).since(published);
    }

    private String missing(String category, String kpi, String network, String typed) {
        var stored = editions.editions(category, kpi, network);
        String what = "palmarès of " + category + " on " + kpi + ", network " + network;
        if (stored.isEmpty()) {
            return "no edition " + typed + " stored: no " + what + " is stored at all; run `vigie rank` for that"
                    + " period first, or drop @version to recompute it under the current methodology";
        }
        return "no edition " + typed + " stored for the " + what + "; stored: "
                + String.join(
                        ", ",
                        stored.stream()
                                .map(e -> e.period() + "@" + e.methodologyVersion())
                                .toList())
                + " (use one of them with --compare-to, or drop @version to recompute the period)";
    }
}
