package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Competition ranking ("1224"): equal values share the best rank of their group and the next rank
 * skips as many places. Values are compared rounded to 6 decimals, so that two computations of the
 * same ratio that differ only in floating-point noise tie. Missing values get no rank.
 */
final class CompetitionRanking {
    private static final double TIE_SCALE = 1e6;

    private CompetitionRanking() {}

    /** The places of the values, in the same order as the values. */
    static List<Place> places(List<@Nullable Double> values, BetterDirection direction) {
        Integer[] order = new Integer[values.size()];
        Arrays.setAll(order, i -> i);
        Comparator<Integer> better = Comparator.comparingLong(i -> key(values.get(i)));
        if (direction == BetterDirection.HIGHER) {
            better = better.reversed();
        }
        List<Integer> ranked = Arrays.stream(order)
                .filter(i -> isRankable(values.get(i)))
                .sorted(better)
                .toList();
        Place[] places = new Place[values.size()];
        Arrays.fill(places, Place.UNRANKED);
        int groupStart = 0;
        while (groupStart < ranked.size()) {
            long groupKey = key(values.get(ranked.get(groupStart)));
            int groupEnd = groupStart;
            while (groupEnd < ranked.size() && key(values.get(ranked.get(groupEnd))) == groupKey) {
                groupEnd++;
            }
            boolean tied = groupEnd - groupStart > 1;
            for (int j = groupStart; j < groupEnd; j++) {
                int index = ranked.get(j);
                places[index] = new Place(values.get(index), groupStart + 1, tied);
            }
            groupStart = groupEnd;
        }
        return new ArrayList<>(Arrays.asList(places));
    }

    private static boolean isRankable(@Nullable Double value) {
        return value != null && Double.isFinite(value);
    }

    private static long key(@Nullable Double value) {
        return value == null ? Long.MIN_VALUE : Math.round(value * TIE_SCALE);
    }
}
