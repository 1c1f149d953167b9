package fr.vigie.simulate;

import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Citizens' comments under a post and the account's replies to their questions. At most
 * {@value #ROWS_PER_POST} comments a post are written (what a collector gets on a first page); the
 * metrics keep the full count. Comment delays are lognormal (median 40 % of the network's τ);
 * a question gets an answer with probability responsiveness × network factor, after a lognormal
 * delay of median {@value #REPLY_MEDIAN_HOURS} h (σ 1.4: minutes to days).
 */
final class CommentThread {
    static final int ROWS_PER_POST = 10;
    static final double QUESTION_SHARE = 0.22;
    static final double REPLY_MEDIAN_HOURS = 3;

    private final RunContext context;

    CommentThread(RunContext context) {
        this.context = context;
    }

    void write(SimAccount account, String postId, Instant publishedAt, long total, SplittableRandom random) {
        int rows = (int) Math.min(total, ROWS_PER_POST);
        if (rows == 0) {
            return;
        }
        NetworkModel model = account.model();
        long[] delays = new long[rows];
        for (int i = 0; i < rows; i++) {
            delays[i] = Math.max(30, Math.round(3600 * Draws.logNormal(random, model.saturationHours() * 0.4, 1.3)));
        }
        Arrays.sort(delays);
        int pool = (int) Math.max(20, Math.min(1_000_000, account.followers() / 30));
        String name = account.territory().place().name();
        for (long delay : delays) {
            Instant at = publishedAt.plusSeconds(delay);
            if (at.isAfter(context.end())) {
                break;
            }
            var commenter = Seeds.random(
                    context.seed(), "commenter", account.key(), Integer.toString(Draws.fewDominate(random, pool)));
            String authorId = PlatformIds.account(account.network(), commenter);
            String commentId = PlatformIds.comment(account.network(), postId, authorId, at, random);
            boolean question = Draws.chance(random, QUESTION_SHARE);
            write(
                    account,
                    commentId,
                    postId,
                    null,
                    authorId,
                    false,
                    at,
                    FrenchTexts.comment(question, name, random),
                    Math.round(Draws.logNormal(random, 0.5, 1.2)));
            if (question && Draws.chance(random, account.responsiveness() * model.replyFactor())) {
                long replyDelay = Math.max(120, Math.round(3600 * Draws.logNormal(random, REPLY_MEDIAN_HOURS, 1.4)));
                Instant replyAt = at.plusSeconds(replyDelay);
                if (!replyAt.isAfter(context.end())) {
                    String replyId =
                            PlatformIds.comment(account.network(), postId, account.platformId(), replyAt, random);
                    write(
                            account,
                            replyId,
                            postId,
                            commentId,
                            account.platformId(),
                            true,
                            replyAt,
                            FrenchTexts.answer(random),
                            Draws.poisson(random, 0.5));
                }
            }
        }
    }

    private void write(
            SimAccount account,
            String commentId,
            String postId,
            @org.jspecify.annotations.Nullable String parentId,
            String authorId,
            boolean fromAccount,
            Instant at,
            String text,
            long likes) {
        context.files()
                .write(
                        DatasetFile.COMMENTS,
                        new JsonLine()
                                .field("network", account.network().id())
                                .field("comment_id", commentId)
                                .field("post_id", postId)
                                .field("parent_comment_id", parentId)
                                .field("author_id", authorId)
                                .field("from_account", fromAccount)
                                .field("published_at", Timestamps.iso(at))
                                .field("text", text)
                                .field("likes", (Long) likes)
                                .simulated());
    }
}
