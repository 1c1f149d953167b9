package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.ingest.Hashtags;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rich-text facets of a post record ({@code app.bsky.richtext.facet}): each facet marks a slice of
 * {@code record.text} by {@code index.byteStart} (inclusive) and {@code index.byteEnd} (exclusive),
 * counted in UTF-8 BYTES, not in Java chars (an emoji before a facet shifts them differently), and
 * carries features: {@code #mention} (did), {@code #link} (uri), {@code #tag} (tag without '#').
 */
final class BlueskyFacets {
    static final String MENTION = "app.bsky.richtext.facet#mention";
    static final String LINK = "app.bsky.richtext.facet#link";
    static final String TAG = "app.bsky.richtext.facet#tag";
    private static final Pattern HANDLE =
            Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+");

    /** A mention facet: the DID it points to, and the handle written in the text there when it is one. */
    record MentionFacet(String did, @Nullable String writtenHandle) {}

    private BlueskyFacets() {}

    /** The text a facet index covers, cut from the UTF-8 bytes; null when the index is out of the text. */
    static @Nullable String slice(@Nullable String text, JsonNode index) {
        if (text == null) {
            return null;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int start = index.path("byteStart").asInt(-1);
        int end = index.path("byteEnd").asInt(-1);
        if (start < 0 || end > bytes.length || start >= end) {
            return null;
        }
        return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }

    /** The mention facets of a record, in order. */
    static List<MentionFacet> mentions(JsonNode record) {
        String text = BlueskyJson.text(record, "text");
        List<MentionFacet> mentions = new ArrayList<>();
        for (JsonNode facet : record.path("facets")) {
            for (JsonNode feature : facet.path("features")) {
                String did = BlueskyJson.text(feature, "did");
                if (MENTION.equals(feature.path("$type").asText()) && did != null) {
                    mentions.add(new MentionFacet(did, handleIn(slice(text, facet.path("index")))));
                }
            }
        }
        return mentions;
    }

    /** Whether a record's facets hold a link. */
    static boolean hasLink(JsonNode record) {
        for (JsonNode facet : record.path("facets")) {
            for (JsonNode feature : facet.path("features")) {
                if (LINK.equals(feature.path("$type").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Tags of {@code #tag} features, then the record's {@code tags} (outline tags, not in the text), then
     * the #tags written in the text without a facet; stored form, distinct, in that order.
     */
    static List<String> hashtags(JsonNode record, @Nullable String text) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode facet : record.path("facets")) {
            for (JsonNode feature : facet.path("features")) {
                if (TAG.equals(feature.path("$type").asText())) {
                    addTag(tags, BlueskyJson.text(feature, "tag"));
                }
            }
        }
        for (JsonNode tag : record.path("tags")) {
            addTag(tags, tag.isTextual() ? tag.asText() : null);
        }
        if (text != null) {
            tags.addAll(Hashtags.extract(text));
        }
        return new ArrayList<>(tags);
    }

    private static void addTag(Set<String> tags, @Nullable String tag) {
        if (tag == null) {
            return;
        }
        try {
            tags.add(Hashtags.normalise(tag));
        } catch (IllegalArgumentException e) {
            // a tag with characters our stored form refuses (e.g. punctuation): the text's tags remain
        }
    }

    /** The handle in a mention's text ({@code @ville.bsky.social}), lower case, or null when it is none. */
    private static @Nullable String handleIn(@Nullable String written) {
        if (written == null || !written.startsWith("@")) {
            return null;
        }
        String handle = written.substring(1).strip().toLowerCase(Locale.ROOT);
        return HANDLE.matcher(handle).matches() ? handle : null;
    }
}
