package fr.vigie.ranking;

import java.util.Optional;

/**
 * The ordinary least squares fit of log(followers) = intercept + slope × log(population) over the
 * territories of a category (natural logarithms). The residual of a territory, log(F) − expected,
 * is how much audience it has beyond what its population predicts; exp(residual) reads as
 * "× the expected audience".
 *
 * @param n territories in the fit (followers > 0 and population > 0)
 * @param rSquared share of the variance of log(followers) the population explains
 */
public record SizeFit(int n, double intercept, double slope, double rSquared) {
    /** Fewer points than this leave no residual worth ranking (two points are fitted exactly). */
    static final int MIN_POINTS = 3;

    /** The fit of y on x, or empty with fewer than {@value #MIN_POINTS} points or x all equal. */
    static Optional<SizeFit> fit(double[] x, double[] y) {
        int n = x.length;
        if (n < MIN_POINTS || y.length != n) {
            return Optional.empty();
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        if (sxx <= 0) {
            return Optional.empty();
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double residualSquares = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - intercept - slope * x[i];
            residualSquares += r * r;
        }
        double rSquared = syy == 0 ? 1.0 : 1.0 - residualSquares / syy;
        return Optional.of(new SizeFit(n, intercept, slope, rSquared));
    }

    /** log(followers) the fit expects at this population. */
    public double expectedLogFollowers(double population) {
        return intercept + slope * Math.log(population);
    }
}
