package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What every bootstrap must give: an interval holding each ranked territory's point rank, none for the unranked. */
final class PointRanks {
    private PointRanks() {}

    static void eachWithinItsInterval(@Nullable RankInterval[] intervals, List<@Nullable Integer> ranks, int testCase) {
        for (int i = 0; i < ranks.size(); i++) {
            if (ranks.get(i) == null) {
                assertThat(intervals[i]).isNull();
            } else {
                assertThat(intervals[i].contains(ranks.get(i)))
                        .as("case %d territory %d", testCase, i)
                        .isTrue();
                assertThat(intervals[i].high()).isLessThanOrEqualTo(ranks.size());
            }
        }
    }
}
