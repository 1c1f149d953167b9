package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Percentiles within a category: among the n territories having a value, the worst gets 0 and the
 * best 100, linearly by mean rank: 100 × (r − 1) ÷ (n − 1), r counted from the worst. Tied values
 * (equal once rounded to 6 decimals, as in {@link CompetitionRanking}) share the mean of their
 * ranks, hence the mean percentile. A lone value gets 50 (nothing to compare it with); a missing
 * value gets none. Computed on primitive arrays, as the composite bootstrap does it a thousand times.
 */
final class Percentiles {
    private Percentiles() {}

    /** The percentiles of the values, in the same order as the values. */
    static List<@Nullable Double> of(List<@Nullable Double> values, BetterDirection direction) {
        double[] raw = new double[values.size()];
        for (int i = 0; i < raw.length; i++) {
            Double v = values.get(i);
            raw[i] = v == null || !Double.isFinite(v) ? Double.NaN : v;
        }
        double[] percentiles = of(raw, direction);
        List<@Nullable Double> result = new ArrayList<>(raw.length);
        for (double p : percentiles) {
            result.add(Double.isNaN(p) ? null : p);
        }
        return result;
    }

    /** The percentiles of the values (NaN: missing, and no percentile), in the same order. */
    static double[] of(double[] values, BetterDirection direction) {
        double sign = direction == BetterDirection.HIGHER ? 1 : -1; // ascending keys: worst first
        var located = TieGroups.ofValues(values, sign);
        int m = located.count();
        int n = values.length;
        double[] percentiles = new double[n];
        Arrays.fill(percentiles, Double.NaN);
        for (int k = 0; k < m; k++) {
            // ranks first+1 … end, from the worst
            double meanRank = (located.first()[k] + 1 + located.end()[k]) / 2.0;
            percentiles[located.present()[k]] = m == 1 ? 50.0 : 100.0 * (meanRank - 1) / (m - 1);
        }
        return percentiles;
    }
}
