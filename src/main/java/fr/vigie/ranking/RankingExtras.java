package fr.vigie.ranking;

import org.jspecify.annotations.Nullable;

/**
 * Optional columns of a palmarès output: rank intervals (rank_low, rank_high, indistinguishable_from)
 * and movement since an earlier period (movement, then the exits).
 */
public record RankingExtras(
        @Nullable RankUncertainty uncertainty, @Nullable RankMovement movement) {
    public static final RankingExtras NONE = new RankingExtras(null, null);
}
