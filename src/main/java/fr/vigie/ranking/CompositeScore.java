package fr.vigie.ranking;

import fr.vigie.ranking.CompositeWeights.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The composite score of the territories of one category: each weighted KPI turned into a
 * percentile within the category, averaged with the weights over the KPIs the territory has a value
 * of. A missing value does not count as the worst: its weight is shared out among the territory's
 * other KPIs (a gap in what could be measured is not a bad practice), but a territory whose values
 * carry less than {@value #MIN_COVERAGE} of the weight in play is not scored, so that one good
 * figure alone cannot top the palmarès. A KPI without any value in the category is out of play.
 */
final class CompositeScore {
    /** Share of the weight in play a territory's values must carry to be scored. */
    static final double MIN_COVERAGE = 0.5;

    private CompositeScore() {}

    /**
     * @param percentiles per KPI id, the percentile of each territory (null: no value)
     * @param score 0 to 100, null when the coverage is below the minimum
     * @param coverage share of the weight in play carried by the territory's values, 0 to 1
     */
    record Result(
            Map<String, List<@Nullable Double>> percentiles,
            List<@Nullable Double> score,
            List<Double> coverage,
            List<Weight> inPlay) {}

    /** Scores n territories from their values per KPI id (each list of size n, null for missing). */
    static Result score(List<Weight> weights, Map<String, List<@Nullable Double>> values, int n) {
        Map<String, List<@Nullable Double>> percentiles = new java.util.LinkedHashMap<>();
        List<Weight> inPlay = new ArrayList<>();
        for (Weight w : weights) {
            List<@Nullable Double> column = values.get(w.kpiId());
            if (w.weight() <= 0 || column == null || column.stream().allMatch(v -> v == null || !Double.isFinite(v))) {
                continue;
            }
            inPlay.add(w);
            percentiles.put(w.kpiId(), Percentiles.of(column, w.better()));
        }
        double total = inPlay.stream().mapToDouble(Weight::weight).sum();
        List<@Nullable Double> scores = new ArrayList<>();
        List<Double> coverage = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double carried = 0;
            double sum = 0;
            for (Weight w : inPlay) {
                Double p = percentiles.get(w.kpiId()).get(i);
                if (p != null) {
                    carried += w.weight();
                    sum += w.weight() * p;
                }
            }
            double share = total == 0 ? 0 : carried / total;
            coverage.add(share);
            scores.add(carried > 0 && share >= MIN_COVERAGE - 1e-12 ? sum / carried : null);
        }
        return new Result(percentiles, scores, coverage, inPlay);
    }
}
