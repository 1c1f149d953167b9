package fr.vigie.store;

import org.jspecify.annotations.Nullable;

/**
 * The observations behind one territory's KPI value, as the rank bootstrap needs them: their
 * number, mean and population standard deviation, and the values themselves when there are few
 * enough to be redrawn one by one (large samples travel as their moments only).
 *
 * @param values the observations in a fixed order, or null when only the moments were loaded
 */
public record Samples(double @Nullable [] values, long count, double mean, double deviation) {
    public Samples {
        if (count < 1) {
            throw new IllegalArgumentException("samples need at least one observation");
        }
    }

    /** The samples with their moments computed here. */
    public static Samples of(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Samples(values, values.length, mean, Math.sqrt(squares / values.length));
    }
}
