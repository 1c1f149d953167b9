package fr.vigie.collect;

import java.time.Duration;

/**
 * How often an account is collected, following its activity: an account that posts every day is
 * visited every hour, so that its recent posts' metrics are observed near the ages the methodology
 * compares (1 h, 24 h, 7 d, 30 d); a quiet one daily; a dormant one weekly. Failures back off.
 */
public final class Cadence {
    /** Posts younger than this are fetched again at every run, so their metrics are refreshed. */
    public static final Duration REFRESH_WINDOW = Duration.ofDays(30);
    /** The activity window the cadence looks at. */
    public static final Duration ACTIVITY_WINDOW = Duration.ofDays(30);
    /** No post for this long makes an account dormant (the registry's definition of dormant). */
    public static final Duration DORMANT_AFTER = Duration.ofDays(365);

    private Cadence() {}

    /** The pause before the next run of an account that published {@code postsLast30Days}. */
    public static Duration afterSuccess(long postsLast30Days) {
        if (postsLast30Days >= 30) {
            return Duration.ofHours(1);
        }
        if (postsLast30Days >= 4) {
            return Duration.ofHours(6);
        }
        if (postsLast30Days >= 1) {
            return Duration.ofHours(24);
        }
        return Duration.ofDays(7);
    }

    /** The pause after {@code failuresInARow} failures: 1 h, 2 h, 4 h … at most a day. */
    public static Duration afterFailure(int failuresInARow) {
        int doublings = Math.clamp(failuresInARow - 1, 0, 5);
        Duration pause = Duration.ofHours(1L << doublings);
        return pause.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : pause;
    }

    /** The pause after the platform said the account is gone: a person should look first. */
    public static Duration afterGone() {
        return Duration.ofDays(7);
    }
}
