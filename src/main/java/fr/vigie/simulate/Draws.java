package fr.vigie.simulate;

import java.util.random.RandomGenerator;

/** The probability distributions of the model, drawn from a given stream. */
final class Draws {
    private Draws() {}

    static boolean chance(RandomGenerator random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Lognormal with the given median; sigma is the standard deviation of its logarithm. */
    static double logNormal(RandomGenerator random, double median, double sigma) {
        return median * Math.exp(sigma * random.nextGaussian());
    }

    /** Lognormal whose mean (not median) is the given value. */
    static double logNormalWithMean(RandomGenerator random, double mean, double sigma) {
        return logNormal(random, mean * Math.exp(-sigma * sigma / 2), sigma);
    }

    /** Pareto with minimum xm and tail index alpha (heavier tail for smaller alpha). */
    static double pareto(RandomGenerator random, double xm, double alpha) {
        return xm / Math.pow(1 - random.nextDouble(), 1 / alpha);
    }

    static double normal(RandomGenerator random, double mean, double sd) {
        return mean + sd * random.nextGaussian();
    }

    /** Poisson count; a rounded normal approximation above a mean of 30. */
    static long poisson(RandomGenerator random, double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        long count = -1;
        double product = 1;
        do {
            count++;
            product *= random.nextDouble();
        } while (product > limit);
        return count;
    }

    /** Index in [0, size) drawn with weights proportional to 1/(index+1): a few values dominate. */
    static int fewDominate(RandomGenerator random, int size) {
        int index = (int) Math.floor(Math.pow(size + 1, random.nextDouble())) - 1;
        return Math.min(size - 1, Math.max(0, index));
    }

    /** Index drawn with the given (not necessarily normalised) weights. */
    static int weighted(RandomGenerator random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
