package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.Collected;
import fr.vigie.collect.Collected.MentionKind;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Links from the account's feed items to other accounts: a repost of another author's post (REPOST,
 * to that author), an own post answering another account's post (REPLY, to the parent's author), and
 * the accounts its text mentions through {@code #mention} facets (MENTION). A mentioned account is
 * named by its handle when the item itself shows it (authors of the reply's parent, root and grandparent,
 * of a quoted post), else by the handle written in the text at the facet, else by its DID.
 */
final class BlueskyMentions {
    private BlueskyMentions() {}

    /** The repost of {@code item} by the account {@code did}, when it reposts another author. */
    static Collected.@Nullable Mention repost(JsonNode item, String did, Instant fallbackTime) {
        JsonNode reason = item.path("reason");
        JsonNode author = item.path("post").path("author");
        String authorDid = BlueskyJson.text(author, "did");
        if (!"app.bsky.feed.defs#reasonRepost".equals(reason.path("$type").asText())
                || authorDid == null
                || authorDid.equals(did)) {
            return null;
        }
        String repostUri = BlueskyJson.text(reason, "uri");
        String postUri = BlueskyJson.text(item.path("post"), "uri");
        String at = BlueskyJson.text(reason, "indexedAt");
        return new Collected.Mention(
                repostUri != null ? repostUri : postUri != null ? postUri : authorDid,
                name(author, authorDid),
                MentionKind.REPOST,
                at == null ? fallbackTime : BlueskyPosts.createdAt(at));
    }

    /** The REPLY and MENTION links of an own post {@code item} published at {@code publishedAt}. */
    static List<Collected.Mention> ofOwnPost(JsonNode item, String did, String postUri, Instant publishedAt) {
        JsonNode post = item.path("post");
        JsonNode record = post.path("record");
        Map<String, String> known = knownHandles(item);
        List<Collected.Mention> links = new java.util.ArrayList<>();
        String parentUri = BlueskyJson.text(record.path("reply").path("parent"), "uri");
        String parentDid = authority(parentUri);
        if (parentDid != null && !parentDid.equals(did)) {
            links.add(new Collected.Mention(
                    postUri, known.getOrDefault(parentDid, parentDid), MentionKind.REPLY, publishedAt));
        }
        for (var mention : BlueskyFacets.mentions(record)) {
            if (mention.did().equals(did)) {
                continue;
            }
            String handle = known.get(mention.did());
            String to =
                    handle != null ? handle : mention.writtenHandle() != null ? mention.writtenHandle() : mention.did();
            links.add(new Collected.Mention(postUri, to, MentionKind.MENTION, publishedAt));
        }
        return links.stream().distinct().toList();
    }

    /** DID → handle of the profiles an item shows: the reply's parent, root, grandparent and a quoted post. */
    private static Map<String, String> knownHandles(JsonNode item) {
        Map<String, String> known = new HashMap<>();
        JsonNode reply = item.path("reply");
        remember(known, reply.path("parent").path("author"));
        remember(known, reply.path("root").path("author"));
        remember(known, reply.path("grandparentAuthor"));
        JsonNode embed = item.path("post").path("embed");
        remember(known, embed.path("record").path("author"));
        remember(known, embed.path("record").path("record").path("author"));
        return known;
    }

    private static void remember(Map<String, String> known, JsonNode profile) {
        String did = BlueskyJson.text(profile, "did");
        String handle = BlueskyJson.text(profile, "handle");
        if (did != null && handle != null && !handle.equals("handle.invalid")) {
            known.put(did, handle.toLowerCase(Locale.ROOT));
        }
    }

    private static String name(JsonNode profile, String did) {
        String handle = BlueskyJson.text(profile, "handle");
        return handle == null || handle.equals("handle.invalid") ? did : handle.toLowerCase(Locale.ROOT);
    }

    /** The DID of an {@code at://did/collection/rkey} URI, or null. */
    static @Nullable String authority(@Nullable String atUri) {
        if (atUri == null || !atUri.startsWith("at://")) {
            return null;
        }
        String rest = atUri.substring("at://".length());
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        return authority.startsWith("did:") ? authority : null;
    }
}
