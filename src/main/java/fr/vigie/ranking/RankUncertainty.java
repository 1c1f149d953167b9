package fr.vigie.ranking;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The rank intervals of a palmarès and how they were obtained.
 *
 * @param method how the KPI was resampled: "posts", "days", or "none" for a KPI computed from
 *     snapshots or not resampled (then every interval is the point rank)
 * @param intervals by territory code, for ranked territories only
 */
public record RankUncertainty(String method, int resamples, long seed, Map<String, RankInterval> intervals) {
    public static final String NONE = "none";

    public RankUncertainty {
        intervals = Map.copyOf(intervals);
    }

    public @Nullable RankInterval of(String code) {
        return intervals.get(code);
    }

    /**
     * The point ranks of the other territories whose intervals overlap this territory's, as "2-5"
     * (min-max) or "" when none: the differences with them are not significant under the overlap rule.
     */
    public String indistinguishableFrom(RankedTerritory territory, List<RankedTerritory> all) {
        RankInterval mine = intervals.get(territory.code());
        if (mine == null) {
            return "";
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (RankedTerritory other : all) {
            RankInterval theirs = intervals.get(other.code());
            Integer rank = other.raw().rank();
            if (other.code().equals(territory.code()) || theirs == null || rank == null || !mine.overlaps(theirs)) {
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
