package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SizeFitTest {
    @Test
    void fitsAHandComputedExample() {
        // x̄ = 1.5, ȳ = 2.75, Sxx = 5, Sxy = 5.5 → slope 1.1, intercept 1.1;
        // residuals −0.1, 0.8, −1.3, 0.6 → SSres 2.7; SStot 8.75 → R² = 1 − 2.7 / 8.75
        var fit = SizeFit.fit(new double[] {0, 1, 2, 3}, new double[] {1, 3, 2, 5})
                .orElseThrow();
        assertThat(fit.n()).isEqualTo(4);
        assertThat(fit.slope()).isCloseTo(1.1, within(1e-12));
        assertThat(fit.intercept()).isCloseTo(1.1, within(1e-12));
        assertThat(fit.rSquared()).isCloseTo(1 - 2.7 / 8.75, within(1e-12));
        assertThat(fit.expectedLogFollowers(Math.E)).isCloseTo(2.2, within(1e-12));
    }

    @Test
    void refusesTooFewPointsOrASinglePopulation() {
        assertThat(SizeFit.fit(new double[] {1, 2}, new double[] {1, 2})).isEmpty();
        assertThat(SizeFit.fit(new double[] {2, 2, 2}, new double[] {1, 2, 3})).isEmpty();
    }
}
