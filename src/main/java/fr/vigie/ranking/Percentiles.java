package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Percentiles within a category: among the n territories having a value, the worst gets 0 and the
 * best 100, linearly by mean rank: 100 × (r − 1) ÷ (n − 1), r counted from the worst. Tied values
 * (equal once rounded to 6 decimals, as in {@link CompetitionRanking}) share the mean of their
 * ranks, hence the mean percentile. A lone value gets 50 (nothing to compare it with); a missing
 * value gets none.
 */
final class Percentiles {
    private static final double TIE_SCALE = 1e6;

    private Percentiles() {}

    /** The percentiles of the values, in the same order as the values. */
    static List<@Nullable Double> of(List<@Nullable Double> values, BetterDirection direction) {
        Integer[] order = new Integer[values.size()];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> worseFirst = Comparator.comparingLong(i -> key(values.get(i)));
        if (direction == BetterDirection.LOWER) {
            worseFirst = worseFirst.reversed();
        }
        List<Integer> sorted = Arrays.stream(order)
                .filter(i -> isRankable(values.get(i)))
                .sorted(worseFirst)
                .toList();
        @Nullable Double[] percentiles = new Double[values.size()];
        int n = sorted.size();
        int groupStart = 0;
        while (groupStart < n) {
            long groupKey = key(values.get(sorted.get(groupStart)));
            int groupEnd = groupStart;
            while (groupEnd < n && key(values.get(sorted.get(groupEnd))) == groupKey) {
                groupEnd++;
            }
            double meanRank = (groupStart + 1 + groupEnd) / 2.0; // ranks groupStart+1 … groupEnd
            double percentile = n == 1 ? 50.0 : 100.0 * (meanRank - 1) / (n - 1);
            for (int j = groupStart; j < groupEnd; j++) {
                percentiles[sorted.get(j)] = percentile;
            }
            groupStart = groupEnd;
        }
        return new ArrayList<>(Arrays.asList(percentiles));
    }

    private static boolean isRankable(@Nullable Double value) {
        return value != null && Double.isFinite(value);
    }

    private static long key(@Nullable Double value) {
        return value == null ? Long.MIN_VALUE : Math.round(value * TIE_SCALE);
    }
}
