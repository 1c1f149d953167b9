package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BootstrapTest {
    /** 40 random palmarès (ties, unranked, empty and single samples): every interval holds the point rank. */
    @Test
    void everyIntervalContainsThePointRankAndAFixedSeedRepeatsIt() {
        Random cases = new Random(42);
        for (int c = 0; c < 40; c++) {
            int n = 1 + cases.nextInt(12);
            List<@Nullable Double> points = new ArrayList<>();
            List<double @Nullable []> samples = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (cases.nextInt(6) == 0) {
                    points.add(null);
                    samples.add(null);
                    continue;
                }
                double[] s = new double[cases.nextInt(6)];
                Arrays.setAll(s, j -> cases.nextInt(4));
                samples.add(s);
                points.add(
                        s.length == 0
                                ? (double) cases.nextInt(4)
                                : Arrays.stream(s).average().orElseThrow());
            }
            BetterDirection direction = cases.nextBoolean() ? BetterDirection.HIGHER : BetterDirection.LOWER;
            List<@Nullable Integer> ranks = CompetitionRanking.places(points, direction).stream()
                    .map(Place::rank)
                    .toList();
            var first = Bootstrap.intervals(points, ranks, samples, 1, direction, 50, c);
            var second = Bootstrap.intervals(points, ranks, samples, 1, direction, 50, c);
            assertThat(first).containsExactly(second);
            for (int i = 0; i < n; i++) {
                if (ranks.get(i) == null) {
                    assertThat(first[i]).isNull();
                } else {
                    assertThat(first[i].contains(ranks.get(i)))
                            .as("case %d territory %d", c, i)
                            .isTrue();
                    assertThat(first[i].high()).isLessThanOrEqualTo(n);
                }
            }
        }
    }

    @Test
    void takesNearestRankPercentiles() {
        assertThat(Bootstrap.percentileIndex(0.025, 1000)).isEqualTo(24);
        assertThat(Bootstrap.percentileIndex(0.975, 1000)).isEqualTo(974);
        assertThat(Bootstrap.percentileIndex(0.025, 1)).isZero();
        assertThat(Bootstrap.percentileIndex(0.975, 1)).isZero();
    }
}
