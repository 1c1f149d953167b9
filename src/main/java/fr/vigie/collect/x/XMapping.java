package fr.vigie.collect.x;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import fr.vigie.collect.RawResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pure mapping of one fetch's archived answers, in fetch order: the user lookup (snapshot, platform
 * id, current username), pages of the user's posts, then, when search was on, pages of replies.
 * Reads only each answer's endpoint label and body, so that archived answers can be replayed.
 */
final class XMapping {
    private XMapping() {}

    static Collected map(List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        RawResponse first = responses.getFirst();
        if (!first.endpoint().equals(XConnector.USER_BY_ID) && !first.endpoint().equals(XConnector.USER_BY_USERNAME)) {
            throw new CollectFailure("the account was not looked up first");
        }
        JsonNode user = XProblems.user(first.endpoint(), XJson.object(first));
        String ownId = userId(first.endpoint(), user);
        String handle = XJson.lowerCase(XJson.text(user, "username"));
        JsonNode counts = user.path("public_metrics");
        var snapshot = new Collected.Snapshot(
                fetchedAt,
                ownId,
                handle,
                XJson.count(counts, "followers_count"),
                XJson.count(counts, "following_count"),
                XJson.count(counts, "tweet_count"));
        Map<String, Collected.Post> posts = new LinkedHashMap<>();
        Set<Collected.Mention> mentions = new LinkedHashSet<>();
        Map<String, Collected.Comment> comments = new LinkedHashMap<>();
        for (RawResponse response : responses.subList(1, responses.size())) {
            JsonNode page = XProblems.page(response.endpoint(), XJson.object(response));
            switch (response.endpoint()) {
                case XConnector.TWEETS ->
                    XTweets.read(
                            page,
                            ownId,
                            handle,
                            since,
                            fetchedAt,
                            p -> posts.putIfAbsent(p.postId(), p),
                            mentions::add);
                case XConnector.SEARCH -> XReplies.read(page, ownId, c -> comments.putIfAbsent(c.commentId(), c));
                default -> throw new CollectFailure("unexpected answer of " + response.endpoint());
            }
        }
        return new Collected(
                snapshot, List.copyOf(posts.values()), List.copyOf(comments.values()), List.copyOf(mentions));
    }

    /** The user's X id, a string kept exactly as sent. */
    static String userId(String endpoint, JsonNode user) {
        String id = XJson.id(user, "id");
        if (id == null) {
            throw new CollectFailure(endpoint + ": no id in the user");
        }
        return id;
    }
}
