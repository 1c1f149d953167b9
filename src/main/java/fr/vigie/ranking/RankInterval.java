package fr.vigie.ranking;

/**
 * The interval of plausible ranks of a territory: the 2.5 % and 97.5 % percentiles of its rank over
 * the bootstrap resamples, widened if needed to contain its point rank.
 */
public record RankInterval(int low, int high) {
    public RankInterval {
        if (low < 1 || high < low) {
            throw new IllegalArgumentException("a rank interval is 1 <= low <= high: " + low + ".." + high);
        }
    }

    public boolean contains(int rank) {
        return low <= rank && rank <= high;
    }

    public boolean overlaps(RankInterval other) {
        return low <= other.high && other.low <= high;
    }

    /** "3" for a single rank, "3-7" otherwise. */
    public String label() {
        return low == high ? String.valueOf(low) : low + "-" + high;
    }
}
