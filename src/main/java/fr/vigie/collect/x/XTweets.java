package fr.vigie.collect.x;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Pure mapping of one page of {@code GET /2/users/:id/tweets}: the account's own posts with their
 * public metrics, and the links they make to other accounts: a retweet is no post of the account but
 * a REPOST of the original author, a reply to someone else a REPLY, each {@code @username} a MENTION.
 */
final class XTweets {
    /** A retweet's text starts so when the expansion did not bring the original post. */
    private static final Pattern RETWEET_PREFIX = Pattern.compile("^RT @([A-Za-z0-9_]{1,15}):");

    private XTweets() {}

    /** Reads a page of the account {@code ownId} ({@code handle}), keeping what was published since {@code since}. */
    static void read(
            JsonNode page,
            String ownId,
            @Nullable String handle,
            @Nullable Instant since,
            Instant observedAt,
            Consumer<Collected.Post> posts,
            Consumer<Collected.Mention> mentions) {
        XIncludes includes = XIncludes.of(page.path("includes"));
        for (JsonNode tweet : page.path("data")) {
            String id = XJson.id(tweet, "id");
            String created = XJson.text(tweet, "created_at");
            if (id == null || created == null) {
                throw new CollectFailure(XConnector.TWEETS + ": a post without id or created_at");
            }
            String author = XJson.id(tweet, "author_id");
            Instant at = XJson.instant(XConnector.TWEETS, created);
            if ((author != null && !author.equals(ownId)) || (since != null && at.isBefore(since))) {
                continue;
            }
            String retweeted = referenced(tweet, "retweeted");
            if (retweeted != null) {
                String original = originalAuthor(tweet, retweeted, includes);
                if (original != null && !original.equals(handle)) {
                    mentions.accept(new Collected.Mention(id, original, Collected.MentionKind.REPOST, at));
                }
                continue;
            }
            posts.accept(post(tweet, id, at, handle, includes, observedAt));
            String answered = answeredAccount(tweet, ownId, includes);
            if (answered != null) {
                mentions.accept(new Collected.Mention(id, answered, Collected.MentionKind.REPLY, at));
            }
            for (String named : mentioned(tweet)) {
                if (!named.equals(handle) && !named.equals(answered)) {
                    mentions.accept(new Collected.Mention(id, named, Collected.MentionKind.MENTION, at));
                }
            }
        }
    }

    private static Collected.Post post(
            JsonNode tweet, String id, Instant at, @Nullable String handle, XIncludes includes, Instant observedAt) {
        JsonNode metrics = tweet.path("public_metrics");
        return new Collected.Post(
                id,
                at,
                XPostContent.type(tweet, includes),
                XPostContent.text(tweet),
                "https://x.com/" + (handle == null ? "i/web" : handle) + "/status/" + id,
                XPostContent.hashtags(tweet),
                observedAt,
                XJson.count(metrics, "like_count"),
                XJson.count(metrics, "reply_count"),
                XJson.count(metrics, "retweet_count"),
                XJson.count(metrics, "quote_count"),
                XJson.count(metrics, "impression_count"));
    }

    /** The id of the post this one retweets, answers or quotes ({@code kind}), or null. */
    static @Nullable String referenced(JsonNode tweet, String kind) {
        for (JsonNode reference : tweet.path("referenced_tweets")) {
            if (kind.equals(XJson.text(reference, "type"))) {
                return XJson.id(reference, "id");
            }
        }
        return null;
    }

    private static @Nullable String originalAuthor(JsonNode retweet, String originalId, XIncludes includes) {
        String authorId = includes.authors().get(originalId);
        String username = authorId == null ? null : includes.usernames().get(authorId);
        if (username != null) {
            return username;
        }
        String text = XJson.text(retweet, "text");
        Matcher prefix = RETWEET_PREFIX.matcher(text == null ? "" : text);
        return prefix.find() ? XJson.lowerCase(prefix.group(1)) : null;
    }

    /** The username of the account a reply answers, when it is not the account itself. */
    private static @Nullable String answeredAccount(JsonNode tweet, String ownId, XIncludes includes) {
        String to = XJson.id(tweet, "in_reply_to_user_id");
        if (referenced(tweet, "replied_to") == null || to == null || to.equals(ownId)) {
            return null;
        }
        String username = includes.usernames().get(to);
        if (username != null) {
            return username;
        }
        for (JsonNode mention : tweet.path("entities").path("mentions")) {
            if (to.equals(XJson.id(mention, "id"))) {
                return XJson.lowerCase(XJson.text(mention, "username"));
            }
        }
        return null;
    }

    private static Set<String> mentioned(JsonNode tweet) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode mention : tweet.path("entities").path("mentions")) {
            String username = XJson.lowerCase(XJson.text(mention, "username"));
            if (username != null) {
                names.add(username);
            }
        }
        return names;
    }

    /** Own root posts published since {@code from} that have or may have replies: the conversations to search. */
    static List<String> conversations(JsonNode page, String ownId, Instant from) {
        List<String> roots = new ArrayList<>();
        for (JsonNode tweet : page.path("data")) {
            String id = XJson.id(tweet, "id");
            String created = XJson.text(tweet, "created_at");
            String conversation = XJson.id(tweet, "conversation_id");
            String author = XJson.id(tweet, "author_id");
            Long replies = XJson.count(tweet.path("public_metrics"), "reply_count");
            if (id != null
                    && created != null
                    && (conversation == null || conversation.equals(id))
                    && (author == null || author.equals(ownId))
                    && referenced(tweet, "retweeted") == null
                    && (replies == null || replies > 0)
                    && !XJson.instant(XConnector.TWEETS, created).isBefore(from)) {
                roots.add(id);
            }
        }
        return roots;
    }
}
