package fr.vigie.collect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How often an account is collected, following its activity: an account that posts every day is
 * visited every hour, a quiet one daily, a dormant one weekly; failures back off. Whatever the pace,
 * the next run comes no later than the moment one of its recent posts reaches an age the methodology
 * compares engagement at ({@link #AGES}: 1 h, 24 h, 7 d, 30 d), so that every post gets an
 * observation near each of those ages.
 */
public final class Cadence {
    /** Posts younger than this are fetched again at every run, so their metrics are refreshed. */
    public static final Duration REFRESH_WINDOW = Duration.ofDays(30);
    /** The activity window the cadence looks at. */
    public static final Duration ACTIVITY_WINDOW = Duration.ofDays(30);
    /** No post for this long makes an account dormant (the registry's definition of dormant). */
    public static final Duration DORMANT_AFTER = Duration.ofDays(365);

    /** The post ages at which metrics are compared; a run is scheduled when a post reaches one. */
    public static final List<Duration> AGES =
            List.of(Duration.ofHours(1), Duration.ofHours(24), Duration.ofDays(7), Duration.ofDays(30));

    private Cadence() {}

    /**
     * The next run after a success at {@code now}: after the activity's pause, or earlier when a post
     * published at one of {@code recentPublications} reaches one of the {@link #AGES} before then.
     */
    public static Instant nextRun(Instant now, long postsLast30Days, List<Instant> recentPublications) {
        Instant next = now.plus(afterSuccess(postsLast30Days));
        for (Instant published : recentPublications) {
            for (Duration age : AGES) {
                Instant checkpoint = published.plus(age);
                if (checkpoint.isAfter(now) && checkpoint.isBefore(next)) {
                    next = checkpoint;
                }
            }
        }
        return next;
    }

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
