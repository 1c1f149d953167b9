package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SizeBootstrapTest {
    @Test
    void everyIntervalContainsThePointRankAndAFixedSeedRepeatsIt() {
        Random cases = new Random(11);
        for (int c = 0; c < 30; c++) {
            int n = 3 + cases.nextInt(20);
            double[] x = new double[n];
            double[] y = new double[n];
            List<@Nullable Double> residuals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                x[i] = cases.nextInt(6) == 0 ? Double.NaN : Math.log(1000 + cases.nextInt(100_000));
                y[i] = Double.isNaN(x[i]) ? Double.NaN : 0.8 * x[i] + cases.nextGaussian();
            }
            var fit = SizeFit.fit(
                    Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray(),
                    Arrays.stream(y).filter(v -> !Double.isNaN(v)).toArray());
            for (int i = 0; i < n; i++) {
                residuals.add(
                        fit.isEmpty() || Double.isNaN(x[i])
                                ? null
                                : y[i] - fit.get().intercept() - fit.get().slope() * x[i]);
            }
            List<@Nullable Integer> ranks =
                    CompetitionRanking.places(residuals, fr.vigie.kpi.Kpi.BetterDirection.HIGHER).stream()
                            .map(Place::rank)
                            .toList();
            var first = SizeBootstrap.intervals(x, y, ranks, 80, c);
            assertThat(first).containsExactly(SizeBootstrap.intervals(x, y, ranks, 80, c));
            PointRanks.eachWithinItsInterval(first, ranks, c);
        }
    }

    @Test
    void keepsAFarOutlierFirstWhateverTheFit() {
        int n = 50;
        double[] x = new double[n];
        double[] y = new double[n];
        List<@Nullable Integer> ranks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x[i] = Math.log(1000 + 1000 * i);
            y[i] = 0.7 * x[i] + (i % 2 == 0 ? 0.01 : -0.01);
            ranks.add(null);
        }
        y[10] += 3; // three times e the audience its size predicts
        for (int i = 0; i < n; i++) {
            ranks.set(i, i == 10 ? 1 : 2);
        }
        var intervals = SizeBootstrap.intervals(x, y, ranks, 500, 5);
        assertThat(intervals[10]).isEqualTo(new RankInterval(1, 1));
    }
}
