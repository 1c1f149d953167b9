package fr.vigie.ranking;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rank intervals of a palmarès and how they were obtained.
 *
 * @param method how the KPI was resampled: "posts", "days", or "none" for a KPI computed from
 *     snapshots or not resampled (then every interval is the point rank)
 * @param intervals by territory code, for ranked territories only
 * @param pointRanks the raw ranks of the whole category by territory code, so that an extract still
 *     compares each territory with every other of its category
 */
public record RankUncertainty(
        String method, int resamples, long seed, Map<String, RankInterval> intervals, Map<String, Integer> pointRanks) {
    public static final String NONE = "none";

    public RankUncertainty {
        intervals = Map.copyOf(intervals);
        pointRanks = Map.copyOf(pointRanks);
    }

    public @Nullable RankInterval of(String code) {
        return intervals.get(code);
    }

    /**
     * The point ranks of the other territories whose intervals overlap this territory's, as "2-5"
     * (min-max) or "" when none: the differences with them are not significant under the overlap rule.
     */
    public String indistinguishableFrom(String code) {
        RankInterval mine = intervals.get(code);
        if (mine == null) {
            return "";
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (var other : intervals.entrySet()) {
            Integer rank = pointRanks.get(other.getKey());
            if (other.getKey().equals(code) || rank == null || !mine.overlaps(other.getValue())) {
                continue;
            }
            min = Math.min(min, rank);
            max = Math.max(max, rank);
        }
        if (min == Integer.MAX_VALUE) {
            return "";
        }
        return min == max ? String.valueOf(min) : min + "-" + max;
    }
}
