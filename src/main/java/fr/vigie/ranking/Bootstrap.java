package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The rank bootstrap, in memory: each territory's KPI value is the mean of its samples (posts or
 * days) times a scale; a resample draws as many samples with replacement, recomputes every value and
 * ranks them (competition ranking, values rounded to 6 decimals as in the palmarès). Territories
 * with a point value but no samples keep their point value in every resample. Resample b uses the
 * b-th generator split from SplittableRandom(seed), so the result does not depend on threads.
 * From {@link #NORMAL_FROM} samples on, the resampled mean is drawn from its normal approximation
 * (mean, plug-in standard deviation / sqrt(n)), which the central limit theorem makes
 * indistinguishable at that size and which costs one draw instead of n.
 */
final class Bootstrap {
    static final double LOW_PERCENTILE = 0.025;
    static final double HIGH_PERCENTILE = 0.975;
    static final int NORMAL_FROM = 500;
    private static final double TIE_SCALE = 1e6;

    private Bootstrap() {}

    /**
     * The rank interval of every territory with a point rank, in input order (null for unranked).
     *
     * @param points point values (null when unranked), aligned with pointRanks and samples
     * @param samples each territory's samples, or null to keep its point value
     */
    static @Nullable RankInterval[] intervals(
            List<@Nullable Double> points,
            List<@Nullable Integer> pointRanks,
            List<double @Nullable []> samples,
            double scale,
            BetterDirection direction,
            int resamples,
            long seed) {
        int n = points.size();
        int[] ranked =
                IntStream.range(0, n).filter(i -> pointRanks.get(i) != null).toArray();
        int m = ranked.length;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] generators = new SplittableRandom[resamples];
        for (int b = 0; b < resamples; b++) {
            generators[b] = root.split();
        }
        int[][] ranksByResample = new int[resamples][];
        double sign = direction == BetterDirection.HIGHER ? -1 : 1;
        double[] means = new double[n];
        double[] standardErrors = new double[n];
        for (int i = 0; i < n; i++) {
            double[] s = samples.get(i);
            if (s != null && s.length >= NORMAL_FROM) {
                means[i] = mean(s);
                standardErrors[i] = standardError(s, means[i]);
            }
        }
        IntStream.range(0, resamples).parallel().forEach(b -> {
            long[] keys = new long[m];
            for (int k = 0; k < m; k++) {
                int i = ranked[k];
                double[] s = samples.get(i);
                double value;
                if (s == null || s.length == 0) {
                    value = points.get(i);
                } else if (s.length >= NORMAL_FROM) {
                    value = scale * (means[i] + standardErrors[i] * generators[b].nextGaussian());
                } else {
                    value = scale * resampledMean(s, generators[b]);
                }
                keys[k] = Math.round(sign * value * TIE_SCALE);
            }
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            int[] ranks = new int[m];
            for (int k = 0; k < m; k++) {
                ranks[k] = firstIndexOf(sorted, keys[k]) + 1;
            }
            ranksByResample[b] = ranks;
        });
        @Nullable RankInterval[] result = new RankInterval[n];
        int[] column = new int[resamples];
        for (int k = 0; k < m; k++) {
            for (int b = 0; b < resamples; b++) {
                column[b] = ranksByResample[b][k];
            }
            Arrays.sort(column);
            int point = pointRanks.get(ranked[k]);
            int low = resamples == 0 ? point : column[percentileIndex(LOW_PERCENTILE, resamples)];
            int high = resamples == 0 ? point : column[percentileIndex(HIGH_PERCENTILE, resamples)];
            result[ranked[k]] = new RankInterval(Math.min(low, point), Math.max(high, point));
        }
        return result;
    }

    /** Nearest-rank percentile: the ceil(p * B)-th smallest of B values (index from 0). */
    static int percentileIndex(double p, int count) {
        return Math.max(0, (int) Math.ceil(p * count) - 1);
    }

    private static double resampledMean(double[] s, SplittableRandom random) {
        double sum = 0;
        for (int j = 0; j < s.length; j++) {
            sum += s[random.nextInt(s.length)];
        }
        return sum / s.length;
    }

    private static double mean(double[] s) {
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        return sum / s.length;
    }

    /** The standard deviation of the bootstrap mean: the plug-in standard deviation / sqrt(n). */
    private static double standardError(double[] s, double mean) {
        double squares = 0;
        for (double v : s) {
            squares += (v - mean) * (v - mean);
        }
        return Math.sqrt(squares / s.length) / Math.sqrt(s.length);
    }

    private static int firstIndexOf(long[] sorted, long key) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < key) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
