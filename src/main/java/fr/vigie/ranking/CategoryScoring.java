package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.ranking.CompositeWeights.Weight;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Public access to the palmarès arithmetic for other features (peers): the percentiles within a
 * group and the composite score of a category, exactly as {@link ScoreService} computes them
 * (docs/methodology.md, "Composite score"). Pure functions, no store.
 */
public final class CategoryScoring {
    private CategoryScoring() {}

    /** Percentiles (0 worst, 100 best, ties sharing their mean rank) in the order of the values. */
    public static List<@Nullable Double> percentiles(List<@Nullable Double> values, BetterDirection direction) {
        return Percentiles.of(values, direction);
    }

    /**
     * The composite scores of n territories from their values per KPI id (each list of size n, null
     * for missing); a score is null when the territory's coverage is below the minimum.
     */
    public static List<@Nullable Double> compositeScores(
            List<Weight> weights, Map<String, List<@Nullable Double>> values, int n) {
        return CompositeScore.score(weights, values, n).score();
    }

    /** The network id of a typed network ('all' or a network id), or a VigieException naming the known ones. */
    public static String networkId(String network) {
        return RankService.networkId(network);
    }

    /** The weights in play: positive and with at least one value among the territories. */
    public static List<Weight> inPlay(List<Weight> weights, Map<String, List<@Nullable Double>> values, int n) {
        return CompositeScore.score(weights, values, n).inPlay();
    }
}
