package fr.vigie.ranking;

import fr.vigie.store.Samples;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One territory's samples (its posts or its days) whose mean is its KPI value, ready to be resampled:
 * {@link #draw} gives the mean of as many samples drawn with replacement. From {@link #NORMAL_FROM}
 * samples on, the resampled mean is drawn from its normal approximation (mean, plug-in standard
 * deviation ÷ √n), which costs one draw instead of n and needs only the moments of the samples
 * (docs/methodology.md, "Uncertainty", says why 100 is enough). Indices are drawn by Lemire's
 * multiply-shift (a 32-bit draw times n, shifted right by 32): no division, and a bias below
 * n ÷ 2³², far under the resampling noise.
 */
final class ResampledMean {
    static final int NORMAL_FROM = 100;

    private final double @Nullable [] samples;
    private final long count;
    private final double mean;
    private final double standardError;

    ResampledMean(double[] samples) {
        this(Samples.of(samples));
    }

    /**
     * @throws IllegalArgumentException for fewer than {@link #NORMAL_FROM} samples given by their
     *     moments only: those must be redrawn one by one
     */
    ResampledMean(Samples samples) {
        if (samples.values() == null && samples.count() < NORMAL_FROM) {
            throw new IllegalArgumentException("fewer than " + NORMAL_FROM + " samples must come with their values");
        }
        this.samples = samples.values();
        this.count = samples.count();
        this.mean = samples.mean();
        this.standardError = samples.deviation() / Math.sqrt(samples.count());
    }

    /** The mean of the samples, as the KPI computes it. */
    double mean() {
        return mean;
    }

    /** The mean of one resample. */
    double draw(SplittableRandom random) {
        double[] s = samples;
        if (count >= NORMAL_FROM || s == null) {
            return mean + standardError * random.nextGaussian();
        }
        int n = s.length;
        double sum = 0;
        int j = 0;
        for (; j + 1 < n; j += 2) {
            long bits = random.nextLong();
            sum += s[(int) (((bits >>> 32) * n) >>> 32)];
            sum += s[(int) (((bits & 0xFFFF_FFFFL) * n) >>> 32)];
        }
        if (j < n) {
            sum += s[(int) (((random.nextLong() >>> 32) * n) >>> 32)];
        }
        return sum / n;
    }
}
