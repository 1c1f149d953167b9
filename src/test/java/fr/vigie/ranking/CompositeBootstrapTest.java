package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.ranking.CompositeBootstrap.Column;
import fr.vigie.ranking.CompositeWeights.Weight;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CompositeBootstrapTest {
    /** 30 random categories (missing values, ties, unscored territories): every interval holds the point rank. */
    @Test
    void everyIntervalContainsThePointRankAndAFixedSeedRepeatsIt() {
        Random cases = new Random(7);
        for (int c = 0; c < 30; c++) {
            int n = 2 + cases.nextInt(15);
            double[] engagement = new double[n];
            double[] audience = new double[n];
            ResampledMean[] posts = new ResampledMean[n];
            double[] scales = new double[n];
            for (int i = 0; i < n; i++) {
                audience[i] = cases.nextInt(8) == 0 ? Double.NaN : cases.nextInt(5) * 100;
                scales[i] = 100;
                if (cases.nextInt(6) == 0) {
                    engagement[i] = Double.NaN;
                    continue;
                }
                double[] s = new double[1 + cases.nextInt(8)];
                Arrays.setAll(s, j -> cases.nextInt(4) / 100.0);
                posts[i] = new ResampledMean(s);
                engagement[i] = 100 * posts[i].mean();
            }
            List<Column> columns = List.of(
                    new Column(5, BetterDirection.HIGHER, engagement, posts, scales),
                    new Column(2, BetterDirection.HIGHER, audience, null, null));
            List<@Nullable Integer> ranks = pointRanks(engagement, audience);
            var first = CompositeBootstrap.intervals(columns, ranks, 60, c);
            var second = CompositeBootstrap.intervals(columns, ranks, 60, c);
            assertThat(first).containsExactly(second);
            PointRanks.eachWithinItsInterval(first, ranks, c);
        }
    }

    @Test
    void keepsThePointRanksWhenNoKpiIsRedrawn() {
        double[] audience = {300, 100, 200, Double.NaN};
        var intervals = CompositeBootstrap.intervals(
                List.of(new Column(1, BetterDirection.HIGHER, audience, null, null)),
                Arrays.asList(1, 3, 2, null),
                100,
                1);
        assertThat(intervals)
                .containsExactly(new RankInterval(1, 1), new RankInterval(3, 3), new RankInterval(2, 2), null);
    }

    @Test
    void separatesAClearLeaderAndMixesTwoTerritoriesOfOneEngagement() {
        double[] leader = new double[40];
        double[] twinA = new double[40];
        double[] twinB = new double[40];
        for (int j = 0; j < 40; j++) {
            leader[j] = 0.5 + (j % 4) / 100.0;
            twinA[j] = (j % 5) / 50.0;
            twinB[j] = ((j + 1) % 5) / 50.0 + 0.0001;
        }
        ResampledMean[] posts = {new ResampledMean(leader), new ResampledMean(twinA), new ResampledMean(twinB)};
        double[] engagement =
                Arrays.stream(posts).mapToDouble(p -> 100 * p.mean()).toArray();
        var intervals = CompositeBootstrap.intervals(
                List.of(new Column(1, BetterDirection.HIGHER, engagement, posts, new double[] {100, 100, 100})),
                List.of(1, 3, 2),
                1000,
                2026);
        assertThat(intervals[0]).isEqualTo(new RankInterval(1, 1));
        assertThat(intervals[1]).isEqualTo(new RankInterval(2, 3));
        assertThat(intervals[2]).isEqualTo(new RankInterval(2, 3));
    }

    /** The point ranks as the palmarès computes them (CompositeScore, then competition ranking). */
    private static List<@Nullable Integer> pointRanks(double[] engagement, double[] audience) {
        Map<String, List<@Nullable Double>> values = new HashMap<>();
        values.put("e", boxed(engagement));
        values.put("a", boxed(audience));
        var score = CompositeScore.score(
                List.of(new Weight("e", 5, BetterDirection.HIGHER), new Weight("a", 2, BetterDirection.HIGHER)),
                values,
                engagement.length);
        return CompetitionRanking.places(score.score(), BetterDirection.HIGHER).stream()
                .map(Place::rank)
                .toList();
    }

    private static List<@Nullable Double> boxed(double[] values) {
        List<@Nullable Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(Double.isNaN(v) ? null : v);
        }
        return list;
    }
}
