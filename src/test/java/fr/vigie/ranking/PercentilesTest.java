package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.kpi.Kpi.BetterDirection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void givesTiedValuesTheirMeanPercentile() {
        // worst to best: 1 (rank 1), 2 and 2.0000001 (ranks 2 and 3, tied at 6 decimals), 5 (rank 4)
        var p = Percentiles.of(Arrays.asList(2.0, 5.0, null, 1.0, 2.0000001), BetterDirection.HIGHER);
        assertThat(p.get(3)).isCloseTo(0.0, within(1e-9));
        assertThat(p.get(0)).isCloseTo(50.0, within(1e-9));
        assertThat(p.get(4)).isCloseTo(50.0, within(1e-9));
        assertThat(p.get(1)).isCloseTo(100.0, within(1e-9));
        assertThat(p.get(2)).isNull();
    }

    @Test
    void respectsLowerIsBetterAndGivesALoneValueTheMiddle() {
        var p = Percentiles.of(List.of(10.0, 20.0, 30.0), BetterDirection.LOWER);
        assertThat(p).containsExactly(100.0, 50.0, 0.0);
        assertThat(Percentiles.of(Arrays.asList(null, 7.0), BetterDirection.HIGHER))
                .containsExactly(null, 50.0);
        assertThat(Percentiles.of(List.of(), BetterDirection.HIGHER)).isEmpty();
    }

    @Test
    void aBetterValueNeverLowersItsPercentile() {
        Random random = new Random(42);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(12);
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add((double) random.nextInt(6)); // small range: many ties
            }
            BetterDirection direction = random.nextBoolean() ? BetterDirection.HIGHER : BetterDirection.LOWER;
            int who = random.nextInt(n);
            double before = Percentiles.of(new ArrayList<>(values), direction).get(who);
            double step = 1 + random.nextInt(3);
            values.set(who, values.get(who) + (direction == BetterDirection.HIGHER ? step : -step));
            double after = Percentiles.of(values, direction).get(who);
            assertThat(after).as("trial %d: %s", trial, values).isGreaterThanOrEqualTo(before);
        }
    }

    @Test
    void aBetterKpiValueNeverLowersTheCompositeScore() {
        Random random = new Random(7);
        var weights = List.of(
                new CompositeWeights.Weight("a", 5, BetterDirection.HIGHER),
                new CompositeWeights.Weight("b", 2, BetterDirection.LOWER));
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + random.nextInt(8);
            List<Double> a = new ArrayList<>();
            List<Double> b = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                a.add((double) random.nextInt(5));
                b.add((double) random.nextInt(5));
            }
            int who = random.nextInt(n);
            double before = CompositeScore.score(weights, java.util.Map.of("a", List.copyOf(a), "b", b), n)
                    .score()
                    .get(who);
            a.set(who, a.get(who) + 1);
            double after = CompositeScore.score(weights, java.util.Map.of("a", List.copyOf(a), "b", b), n)
                    .score()
                    .get(who);
            assertThat(after).isGreaterThanOrEqualTo(before);
        }
    }
}
