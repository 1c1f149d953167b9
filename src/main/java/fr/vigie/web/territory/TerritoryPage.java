package fr.vigie.web.territory;

import fr.vigie.kpi.PostOverperformance;
import fr.vigie.peers.PeerReport;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryAccount;
import fr.vigie.web.Frame;
import fr.vigie.web.map.MapProjection.MapPoint;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The model of a territory's page (src/main/jte/territory/territory.jte).
 *
 * @param parents the territory's département and région, when the registry has them
 * @param simulated whether anything shown comes from simulated data
 * @param period the latest month with KPI values (null when none is stored)
 * @param peers the peer benchmark of that month, null when it cannot be made
 * @param peersUnavailable why there is no peer benchmark (null when there is one or no period)
 */
public record TerritoryPage(
        Frame frame,
        Territory territory,
        @Nullable String categoryLabel,
        List<Territory> parents,
        boolean simulated,
        KpiHistory history,
        List<TerritoryAccount> accounts,
        @Nullable String period,
        List<BestPost> bestPosts,
        @Nullable PeerReport peers,
        @Nullable String peersUnavailable,
        MapSpot spot) {

    /** The same page in another frame (the visitor's own: signed-in name, CSRF token, path). */
    public TerritoryPage withFrame(Frame other) {
        return new TerritoryPage(
                other,
                territory,
                categoryLabel,
                parents,
                simulated,
                history,
                accounts,
                period,
                bestPosts,
                peers,
                peersUnavailable,
                spot);
    }

    /** A best post of the month with its text (null when it has none). */
    public record BestPost(
            PostOverperformance post, @Nullable String text) {}

    /**
     * Where the territory lies: the map ids of its départements (empty for a territory overseas, which
     * the map does not draw), the sentence that says it in words, and its own point when its location
     * is known.
     */
    public record MapSpot(
            List<String> mapIds,
            String description,
            @Nullable MapPoint point) {
        /** The ids as the figure's data attribute carries them, separated by spaces. */
        public String ids() {
            return String.join(" ", mapIds);
        }

        /** The point's abscissa in the map's units, as the figure's data attribute carries it (empty without). */
        public String x() {
            return point == null ? "" : String.format(Locale.ROOT, "%.1f", point.x());
        }

        public String y() {
            return point == null ? "" : String.format(Locale.ROOT, "%.1f", point.y());
        }
    }
}
