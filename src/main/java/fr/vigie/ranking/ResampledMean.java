package fr.vigie.ranking;

import java.util.SplittableRandom;

/**
 * One territory's samples (its posts or its days) whose mean is its KPI value, ready to be resampled:
 * {@link #draw} gives the mean of as many samples drawn with replacement. From {@link #NORMAL_FROM}
 * samples on, the resampled mean is drawn from its normal approximation (mean, plug-in standard
 * deviation ÷ √n), which the central limit theorem makes indistinguishable at that size and which
 * costs one draw instead of n. Indices are drawn by Lemire's multiply-shift (a 32-bit draw times n,
 * shifted right by 32): no division, and a bias below n ÷ 2³², far under the resampling noise.
 */
final class ResampledMean {
    static final int NORMAL_FROM = 500;

    private final double[] samples;
    private final double mean;
    private final double standardError;

    ResampledMean(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("a resampled mean needs at least one sample");
        }
        this.samples = samples;
        double sum = 0;
        for (double v : samples) {
            sum += v;
        }
        this.mean = sum / samples.length;
        double squares = 0;
        for (double v : samples) {
            squares += (v - mean) * (v - mean);
        }
        this.standardError = Math.sqrt(squares / samples.length) / Math.sqrt(samples.length);
    }

    /** The mean of the samples, as the KPI computes it. */
    double mean() {
        return mean;
    }

    int size() {
        return samples.length;
    }

    /** The mean of one resample. */
    double draw(SplittableRandom random) {
        int n = samples.length;
        if (n >= NORMAL_FROM) {
            return mean + standardError * random.nextGaussian();
        }
        double sum = 0;
        int j = 0;
        for (; j + 1 < n; j += 2) {
            long bits = random.nextLong();
            sum += samples[(int) (((bits >>> 32) * n) >>> 32)];
            sum += samples[(int) (((bits & 0xFFFF_FFFFL) * n) >>> 32)];
        }
        if (j < n) {
            sum += samples[(int) (((random.nextLong() >>> 32) * n) >>> 32)];
        }
        return sum / n;
    }
}
