package fr.vigie.simulate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills one publication slot of an account: usually its own post (with metrics and comments), some
 * times a mention of or reply to a related account (mentions.csv), or a repost of one, which is
 * not an own post and only appears in mentions.csv.
 */
final class PostWriter {
    /** A publication slot: who, which day, when, with how many followers. */
    record Slot(SimAccount account, LocalDate date, Instant at, double followers) {}

    private final RunContext context;
    private final PostEngagement engagement;

    PostWriter(RunContext context) {
        this.context = context;
        this.engagement = new PostEngagement(context);
    }

    /** Returns whether an own post was written (reposts are not). */
    boolean write(Slot slot, RelatedAccounts.Candidates related, List<String> hashtags, SplittableRandom random) {
        SimAccount account = slot.account();
        NetworkModel model = account.model();
        String kind = null;
        SimAccount target = null;
        if (!related.isEmpty() && Draws.chance(random, model.mentionRate())) {
            double draw = random.nextDouble();
            kind = draw < RelatedAccounts.REPOST_SHARE
                    ? "repost"
                    : draw < RelatedAccounts.REPOST_SHARE + RelatedAccounts.REPLY_SHARE ? "reply" : "mention";
            target = related.pick(random);
        }
        String postId = PlatformIds.item(account.network(), account.platformId(), slot.at(), random);
        if (target != null) {
            mention(account, postId, target.handle(), kind, slot.at());
            if (kind.equals("repost")) {
                return false;
            }
        }
        PostType type;
        String text;
        var tags = new ArrayList<String>();
        if ("reply".equals(kind)) {
            type = PostType.TEXT;
            text = "@" + target.handle() + " " + FrenchTexts.peerReply(random);
        } else {
            type = model.types()[Draws.weighted(random, model.typeWeights())];
            var topic = FrenchTexts.TOPICS[random.nextInt(FrenchTexts.TOPICS.length)];
            String name = account.territory().place().name();
            text = FrenchTexts.post(topic, name, slot.date(), random);
            if (target != null) {
                text += " Avec @" + target.handle();
            }
            if (!hashtags.isEmpty()) {
                tags.add(hashtags.get(random.nextInt(hashtags.size())));
            }
            tags.add(topic.tag());
            text += " #" + String.join(" #", tags);
        }
        context.files()
                .write(
                        DatasetFile.POSTS,
                        new JsonLine()
                                .field("network", account.network().id())
                                .field("post_id", postId)
                                .field("account", account.platformId())
                                .field("published_at", Timestamps.iso(slot.at()))
                                .field("type", type.id())
                                .field("text", text)
                                .field("url", PostUrls.of(account, postId, type))
                                .field("hashtags", tags)
                                .simulated());
        engagement.write(slot, postId, type, random);
        return true;
    }

    private void mention(SimAccount account, String postId, String toHandle, String kind, Instant at) {
        context.files()
                .write(
                        DatasetFile.MENTIONS,
                        new CsvLine()
                                .add(account.network().id())
                                .add(postId)
                                .add(account.platformId())
                                .add(toHandle)
                                .add(kind)
                                .add(Timestamps.iso(at))
                                .simulated());
    }
}
