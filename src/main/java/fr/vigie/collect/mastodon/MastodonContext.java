package fr.vigie.collect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.Collected;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replies under one of the account's statuses from its {@code Context} ({@code ancestors},
 * {@code descendants}). The answer does not name the status it was asked for: it is the one
 * {@code in_reply_to_id} among the descendants that is not itself a descendant (every descendant
 * descends from it). Authors are {@code account.id} on the account's instance: a remote author's id
 * is that instance's id for it, not the id on the author's own instance.
 */
final class MastodonContext {
    private MastodonContext() {}

    static List<Collected.Comment> comments(JsonNode context, String ownId) {
        JsonNode descendants = context.path("descendants");
        Set<String> ids = new HashSet<>();
        for (JsonNode status : descendants) {
            String id = MastodonJson.id(status, "id");
            if (id != null) {
                ids.add(id);
            }
        }
        Set<String> roots = new HashSet<>();
        for (JsonNode status : descendants) {
            String parent = MastodonJson.id(status, "in_reply_to_id");
            if (parent != null && !ids.contains(parent)) {
                roots.add(parent);
            }
        }
        if (roots.size() > 1) {
            throw new CollectFailure(MastodonConnector.CONTEXT + ": descendants of several statuses " + roots);
        }
        if (roots.isEmpty()) {
            return List.of();
        }
        String root = roots.iterator().next();
        List<Collected.Comment> comments = new ArrayList<>();
        for (JsonNode status : descendants) {
            String id = MastodonJson.id(status, "id");
            String parent = MastodonJson.id(status, "in_reply_to_id");
            String author = MastodonJson.id(status.path("account"), "id");
            String created = MastodonJson.text(status, "created_at");
            if (id == null || author == null || created == null) {
                throw new CollectFailure(MastodonConnector.CONTEXT + ": a reply without id, account.id or created_at");
            }
            String html = MastodonJson.text(status, "content");
            String text = html == null ? null : MastodonHtml.plainText(html);
            comments.add(new Collected.Comment(
                    id,
                    root,
                    root.equals(parent) ? null : parent,
                    author,
                    author.equals(ownId),
                    MastodonStatuses.createdAt(created),
                    text == null || text.isEmpty() ? null : text,
                    MastodonJson.count(status, "favourites_count")));
        }
        return comments;
    }
}
