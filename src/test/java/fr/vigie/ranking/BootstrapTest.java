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
            var means = means(samples);
            var first = Bootstrap.intervals(points, ranks, means, 1, direction, 50, c);
            var second = Bootstrap.intervals(points, ranks, means, 1, direction, 50, c);
            assertThat(first).containsExactly(second);
            PointRanks.eachWithinItsInterval(first, ranks, c);
        }
    }

    @Test
    void approximatesLargeSamplesByTheNormalLawOfTheirMean() {
        double[] low = new double[1000];
        double[] high = new double[1000];
        double[] close = new double[1000];
        for (int i = 0; i < 1000; i++) {
            low[i] = i % 10;
            high[i] = 20 + i % 10;
            close[i] = 0.05 + i % 10;
        }
        List<@Nullable Double> points = List.of(4.5, 24.5, 4.55);
        var intervals = Bootstrap.intervals(
                points, List.of(3, 1, 2), means(List.of(low, high, close)), 1, BetterDirection.HIGHER, 1000, 1);
        assertThat(intervals[1]).isEqualTo(new RankInterval(1, 1));
        assertThat(intervals[0]).isEqualTo(new RankInterval(2, 3));
        assertThat(intervals[2]).isEqualTo(new RankInterval(2, 3));
    }

    @Test
    void takesNearestRankPercentiles() {
        assertThat(Bootstrap.percentileIndex(0.025, 1000)).isEqualTo(24);
        assertThat(Bootstrap.percentileIndex(0.975, 1000)).isEqualTo(974);
        assertThat(Bootstrap.percentileIndex(0.025, 1)).isZero();
        assertThat(Bootstrap.percentileIndex(0.975, 1)).isZero();
    }

    private static List<@Nullable ResampledMean> means(List<double @Nullable []> samples) {
        List<@Nullable ResampledMean> means = new ArrayList<>();
        for (double[] s : samples) {
            means.add(s == null || s.length == 0 ? null : new ResampledMean(s));
        }
        return means;
    }
}
