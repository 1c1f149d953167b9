package fr.vigie.collect.x;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Pure mapping of one page of {@code GET /2/tweets/search/recent?query=conversation_id:<post>}
 * (opt-in, see {@link XConnector#SEARCH_SETTING}): every post of the conversation but its root is a
 * reply under the root post; a reply to another reply keeps that one as its parent. Authors are
 * their X ids, pseudonymised by the collect service before anything is stored.
 */
final class XReplies {
    private XReplies() {}

    static void read(JsonNode page, String ownId, Consumer<Collected.Comment> comments) {
        for (JsonNode reply : page.path("data")) {
            String id = XJson.id(reply, "id");
            String conversation = XJson.id(reply, "conversation_id");
            String author = XJson.id(reply, "author_id");
            String created = XJson.text(reply, "created_at");
            if (id == null || conversation == null || author == null || created == null) {
                throw new CollectFailure(
                        XConnector.SEARCH + ": a reply without id, conversation_id, author_id or created_at");
            }
            if (id.equals(conversation)) {
                continue; // the root post itself matches its own conversation
            }
            Instant at = XJson.instant(XConnector.SEARCH, created);
            String parent = XTweets.referenced(reply, "replied_to");
            String text = XJson.text(reply, "text");
            comments.accept(new Collected.Comment(
                    id,
                    conversation,
                    parent == null || parent.equals(conversation) ? null : parent,
                    author,
                    author.equals(ownId),
                    at,
                    text == null
                            ? null
                            : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"),
                    XJson.count(reply.path("public_metrics"), "like_count")));
        }
    }
}
