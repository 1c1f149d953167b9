package fr.vigie.simulate;

import fr.vigie.account.Network;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Interactions of one post: a heavy-tailed final total (lognormal, plus a Pareto boost for about
 * one post in a hundred that goes viral) split into the counts its network exposes, observed at
 * each metric age as a saturating share 1 − e^(−age/τ) of the final value; then its comments.
 */
final class PostEngagement {
    static final double SIZE_EXPONENT = -0.3;
    static final double SPREAD = 1.0;
    static final double VIRAL_SHARE = 0.01;

    private final RunContext context;
    private final CommentThread comments;

    PostEngagement(RunContext context) {
        this.context = context;
        this.comments = new CommentThread(context);
    }

    void write(PostWriter.Slot slot, String postId, PostType type, SplittableRandom random) {
        SimAccount account = slot.account();
        NetworkModel model = account.model();
        double followers = slot.followers();
        double sizeFactor = Math.clamp(Math.pow(followers / 10_000, SIZE_EXPONENT), 0.3, 6);
        double expected = followers * model.engagementRate() * sizeFactor * type.interactionFactor();
        double luck = Draws.logNormal(random, 0.6, SPREAD);
        if (Draws.chance(random, VIRAL_SHARE)) {
            luck *= Math.min(300, Draws.pareto(random, 3, 1.2));
        }
        double total = expected * luck;
        boolean story = type == PostType.STORY;
        long[] finals = new long[5];
        boolean[] known = new boolean[5];
        for (int count = 0; count < finals.length; count++) {
            known[count] = model.exposes(count) && !story;
            finals[count] = known[count] ? count(random, total * model.shares()[count]) : 0;
        }
        known[NetworkModel.LIKES] &= !account.hidesLikes();
        Long views = model.showsViews(type)
                ? Math.round(followers * model.viewsPerFollower() * Draws.logNormal(random, 1, 0.9) * Math.sqrt(luck)
                        + total * 8)
                : null;
        for (Duration age : context.metricAges()) {
            Instant observed = slot.at().plus(age);
            if (observed.isAfter(context.end())) {
                continue;
            }
            double hours = age.toSeconds() / 3600.0;
            double reached = 1 - Math.exp(-hours / model.saturationHours());
            var line = new CsvLine().add(account.network().id()).add(postId).add(Timestamps.iso(observed));
            for (int count = 0; count < finals.length; count++) {
                line.add(observedCount(account.network(), count, known[count], finals[count], reached));
            }
            double viewsReached = 1 - Math.exp(-hours / (model.saturationHours() * 1.5));
            line.add(views == null ? null : Math.round(views * viewsReached));
            context.files().write(DatasetFile.METRICS, line.simulated());
        }
        if (known[NetworkModel.COMMENTS]) {
            comments.write(account, postId, slot.at(), finals[NetworkModel.COMMENTS], random);
        }
    }

    /** Meta omits a zero share count: written empty (unknown), as Facebook's API does. */
    private static @Nullable Long observedCount(Network network, int count, boolean known, long last, double reached) {
        if (!known) {
            return null;
        }
        long value = Math.round(last * reached);
        if (network == Network.FACEBOOK && count == NetworkModel.SHARES && value == 0) {
            return null;
        }
        return value;
    }

    /** Poisson for small means (many zeros), a lognormal jitter of 15 % above. */
    private static long count(SplittableRandom random, double mean) {
        return mean < 30 ? Draws.poisson(random, mean) : Math.round(Draws.logNormal(random, mean, 0.15));
    }
}
