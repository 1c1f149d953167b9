package fr.vigie.ranking;

import org.jspecify.annotations.Nullable;

/**
 * A territory's place in one view of a palmarès.
 *
 * @param value the ranked value; null when the territory has none (then it has no rank)
 * @param rank competition rank (1, 2, 2, 4), null without a value
 * @param tied whether another territory shares this rank
 */
public record Place(@Nullable Double value, @Nullable Integer rank, boolean tied) {
    public static final Place UNRANKED = new Place(null, null, false);

    /** The rank as shown: "3", "=2" for a shared rank, "-" without a rank. */
    public String label() {
        if (rank == null) {
            return "-";
        }
        return (tied ? "=" : "") + rank;
    }
}
