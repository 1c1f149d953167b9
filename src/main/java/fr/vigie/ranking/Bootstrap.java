package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The rank bootstrap, in memory. A resample recomputes every territory's value (see
 * {@link ResampledMean}, {@link CompositeBootstrap}, {@link SizeBootstrap}) and ranks them
 * (competition ranking, values rounded to 6 decimals as in the palmarès); a territory's interval is
 * the 2.5–97.5 % percentiles of its ranks, widened to contain its point rank. Resample b uses the
 * b-th generator split from SplittableRandom(seed), so the result does not depend on threads.
 */
final class Bootstrap {
    static final double LOW_PERCENTILE = 0.025;
    static final double HIGH_PERCENTILE = 0.975;

    private Bootstrap() {}

    /**
     * The rank interval of every territory of a KPI palmarès with a point rank, in input order (null
     * for unranked): each value is the mean of its samples times the scale; territories with a point
     * value but no samples keep it in every resample.
     *
     * @param points point values (null when unranked), aligned with pointRanks and samples
     * @param samples each territory's samples, or null to keep its point value
     */
    static @Nullable RankInterval[] intervals(
            List<@Nullable Double> points,
            List<@Nullable Integer> pointRanks,
            List<@Nullable ResampledMean> samples,
            double scale,
            BetterDirection direction,
            int resamples,
            long seed) {
        int n = points.size();
        ResampledMean[] means = new ResampledMean[n];
        double[] fixed = new double[n];
        for (int i = 0; i < n; i++) {
            Double point = points.get(i);
            fixed[i] = pointRanks.get(i) == null || point == null ? Double.NaN : point;
            if (pointRanks.get(i) != null) {
                means[i] = samples.get(i);
            }
        }
        return resample(pointRanks, resamples, seed, (b, random) -> {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = means[i] == null ? fixed[i] : scale * means[i].draw(random);
            }
            return competitionRanks(values, direction);
        });
    }

    /**
     * Runs the resamples in parallel and turns their ranks into intervals.
     *
     * @param oneResample gives, for resample b and its generator, the rank of every territory (0 for
     *     unranked), aligned with pointRanks
     */
    static @Nullable RankInterval[] resample(
            List<@Nullable Integer> pointRanks,
            int resamples,
            long seed,
            BiFunction<Integer, SplittableRandom, int[]> oneResample) {
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] generators = new SplittableRandom[resamples];
        for (int b = 0; b < resamples; b++) {
            generators[b] = root.split();
        }
        int[][] ranksByResample = new int[resamples][];
        IntStream.range(0, resamples).parallel().forEach(b -> ranksByResample[b] = oneResample.apply(b, generators[b]));
        int n = pointRanks.size();
        @Nullable RankInterval[] result = new RankInterval[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            Integer point = pointRanks.get(i);
            if (point == null) {
                return;
            }
            int[] column = new int[resamples];
            for (int b = 0; b < resamples; b++) {
                column[b] = ranksByResample[b][i];
            }
            Arrays.sort(column);
            int low = column[percentileIndex(LOW_PERCENTILE, resamples)];
            int high = column[percentileIndex(HIGH_PERCENTILE, resamples)];
            result[i] = new RankInterval(Math.min(low, point), Math.max(high, point));
        });
        return result;
    }

    /** Competition ranks of the values (NaN: unranked, rank 0), compared rounded to 6 decimals. */
    static int[] competitionRanks(double[] values, BetterDirection direction) {
        double sign = direction == BetterDirection.HIGHER ? -1 : 1; // ascending keys: best first
        var located = TieGroups.ofValues(values, sign);
        int[] ranks = new int[values.length];
        for (int k = 0; k < located.count(); k++) {
            ranks[located.present()[k]] = located.first()[k] + 1;
        }
        return ranks;
    }

    /** Nearest-rank percentile: the ceil(p * B)-th smallest of B values (index from 0). */
    static int percentileIndex(double p, int count) {
        return Math.max(0, (int) Math.ceil(p * count) - 1);
    }
}
