package fr.vigie.simulate;

import fr.vigie.account.Network;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the period of one account, day by day: its posts (and their metrics, comments, mentions)
 * then its daily snapshot at 23:30 Europe/Paris (followers, following, posts count).
 */
final class AccountTimeline {
    private static final LocalTime SNAPSHOT_TIME = LocalTime.of(23, 30);

    private final RunContext context;
    private final PostWriter posts;

    AccountTimeline(RunContext context) {
        this.context = context;
        this.posts = new PostWriter(context);
    }

    void write(SimAccount account, RelatedAccounts.Candidates related, List<String> hashtags) {
        SplittableRandom random = Seeds.random(context.seed(), "timeline", account.key());
        long postsCount = account.postsBefore();
        for (int day = 0; day < context.days(); day++) {
            LocalDate date = context.firstDay().plusDays(day);
            double followers = account.followersAfter(day);
            long count = Draws.poisson(random, account.postsPerDay() * Rhythm.officialDay(date));
            if (count > 0) {
                int[] seconds = new int[(int) count];
                for (int i = 0; i < seconds.length; i++) {
                    seconds[i] = Rhythm.officialSecondOfDay(random);
                }
                Arrays.sort(seconds);
                Instant midnight = context.midnight(day);
                for (int second : seconds) {
                    var slot = new PostWriter.Slot(account, date, midnight.plusSeconds(second), followers);
                    if (posts.write(slot, related, hashtags, random)) {
                        postsCount++;
                    }
                }
            }
            snapshot(account, date, day, followers, postsCount, random);
        }
    }

    private void snapshot(
            SimAccount account, LocalDate date, int day, double followers, long postsCount, SplittableRandom random) {
        long observed = Math.max(0, Math.round(followers * (1 + 0.002 * random.nextGaussian())));
        if (account.network() == Network.YOUTUBE) {
            observed = threeSignificantFigures(observed);
        }
        Long following = account.following() == null ? null : account.following() + day / 30;
        Instant at = date.atTime(SNAPSHOT_TIME).atZone(Rhythm.PARIS).toInstant();
        context.files()
                .write(
                        DatasetFile.SNAPSHOTS,
                        new CsvLine()
                                .add(account.network().id())
                                .add(account.platformId())
                                .add(Timestamps.iso(at))
                                .add(observed)
                                .add(following)
                                .add(postsCount)
                                .simulated());
    }

    /** YouTube shows subscriber counts rounded to 3 significant figures. */
    static long threeSignificantFigures(long value) {
        if (value < 1000) {
            return value;
        }
        long scale = (long) Math.pow(10, (long) Math.floor(Math.log10(value)) - 2);
        return Math.round((double) value / scale) * scale;
    }
}
