package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rank intervals of the composite palmarès: each resample redraws the KPIs that come from posts or
 * days (their {@link ResampledMean} times a scale), turns them into percentiles within the category
 * again, recombines them with the weights and the fixed percentiles of the other KPIs (snapshots),
 * and ranks the scores. Which territories are scored does not change: missing values stay missing,
 * so each territory's coverage and carried weight are those of the point score.
 */
final class CompositeBootstrap {
    private CompositeBootstrap() {}

    /**
     * One KPI in play in the composite.
     *
     * @param points each territory's value, NaN when it has none
     * @param samples each territory's resampled mean, null to keep its point value; null for a KPI
     *     that is not resampled
     * @param scales the factor turning each territory's mean into its KPI value (e.g. 100 for a rate
     *     in %); ignored when samples is null
     */
    record Column(
            double weight,
            BetterDirection better,
            double[] points,
            @Nullable ResampledMean @Nullable [] samples,
            double @Nullable [] scales) {}

    /**
     * The rank interval of every scored territory, aligned with pointRanks (null for the unscored).
     *
     * @param pointRanks the composite rank of each territory, null when it has no score
     */
    static @Nullable RankInterval[] intervals(
            List<Column> columns, List<@Nullable Integer> pointRanks, int resamples, long seed) {
        int n = pointRanks.size();
        double[] fixedSum = new double[n];
        double[] carried = new double[n];
        boolean[] ranked = new boolean[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = pointRanks.get(i) != null;
        }
        List<Column> redrawn = new ArrayList<>();
        for (Column c : columns) {
            if (c.points().length != n) {
                throw new IllegalArgumentException("every column has one value per territory");
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isNaN(c.points()[i])) {
                    carried[i] += c.weight();
                }
            }
            if (c.samples() == null) {
                double[] percentiles = Percentiles.of(c.points(), c.better());
                for (int i = 0; i < n; i++) {
                    if (!Double.isNaN(percentiles[i])) {
                        fixedSum[i] += c.weight() * percentiles[i];
                    }
                }
            } else {
                redrawn.add(c);
            }
        }
        return Bootstrap.resample(pointRanks, resamples, seed, (b, random) -> {
            double[] sum = fixedSum.clone();
            double[] values = new double[n];
            for (Column c : redrawn) {
                var samples = c.samples();
                var scales = c.scales();
                for (int i = 0; i < n; i++) {
                    var mean = samples[i];
                    values[i] = mean == null ? c.points()[i] : scales[i] * mean.draw(random);
                }
                double[] percentiles = Percentiles.of(values, c.better());
                for (int i = 0; i < n; i++) {
                    if (!Double.isNaN(percentiles[i])) {
                        sum[i] += c.weight() * percentiles[i];
                    }
                }
            }
            double[] scores = new double[n];
            for (int i = 0; i < n; i++) {
                scores[i] = ranked[i] ? sum[i] / carried[i] : Double.NaN;
            }
            return Bootstrap.competitionRanks(scores, BetterDirection.HIGHER);
        });
    }
}
