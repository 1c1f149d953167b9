package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Rank intervals of the size-adjusted palmarès. Followers and population are snapshots with nothing
 * to resample; the uncertainty is the model's: each resample refits ln(followers) on ln(population)
 * over territories of the fit drawn with replacement (pairs bootstrap), and ranks every territory on
 * its residual under that fit. A steeper or flatter slope reorders large and small territories; with
 * many territories the slope is tight and so are the intervals.
 */
final class SizeBootstrap {
    private SizeBootstrap() {}

    /**
     * @param logPopulation ln(population) of each territory, NaN when it is not in the fit
     * @param logFollowers ln(followers), NaN when it is not in the fit
     * @param pointRanks the size-adjusted rank of each territory, null when unranked
     */
    static @Nullable RankInterval[] intervals(
            double[] logPopulation,
            double[] logFollowers,
            List<@Nullable Integer> pointRanks,
            int resamples,
            long seed) {
        int n = logPopulation.length;
        int[] fitted = java.util.stream.IntStream.range(0, n)
                .filter(i -> !Double.isNaN(logPopulation[i]) && !Double.isNaN(logFollowers[i]))
                .toArray();
        int m = fitted.length;
        boolean[] ranked = new boolean[n];
        for (int i = 0; i < n; i++) {
            ranked[i] = pointRanks.get(i) != null;
        }
        return Bootstrap.resample(pointRanks, resamples, seed, (b, random) -> {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int k = 0; k < m; k++) {
                int i = fitted[(int) (((random.nextLong() >>> 32) * m) >>> 32)];
                double x = logPopulation[i];
                double y = logFollowers[i];
                sx += x;
                sy += y;
                sxx += x * x;
                sxy += x * y;
            }
            double variance = sxx - sx * sx / m;
            // a resample of territories all of one population fixes no slope: it keeps the point ranks
            double slope = variance <= 1e-12 ? Double.NaN : (sxy - sx * sy / m) / variance;
            double[] residuals = new double[n];
            for (int i = 0; i < n; i++) {
                residuals[i] = !ranked[i] || Double.isNaN(slope)
                        ? Double.NaN
                        : logFollowers[i] - slope * logPopulation[i]; // the intercept moves every residual alike
            }
            int[] ranks = Bootstrap.competitionRanks(residuals, BetterDirection.HIGHER);
            if (Double.isNaN(slope)) {
                for (int i = 0; i < n; i++) {
                    Integer point = pointRanks.get(i);
                    ranks[i] = point == null ? 0 : point;
                }
            }
            return ranks;
        });
    }
}
