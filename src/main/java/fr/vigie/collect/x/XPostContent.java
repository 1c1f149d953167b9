package fr.vigie.collect.x;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.ingest.Hashtags;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a post of X is made of: its type (from its media and links), its whole text and its hashtags. */
final class XPostContent {
    /** A link to a post of X (a quoted post, or the page of an attached photo) makes no link post. */
    private static final Pattern POST_OF_X =
            Pattern.compile("^https?://(www\\.|mobile\\.)?(x|twitter)\\.com/[^/]+/status/.*");

    private XPostContent() {}

    /** The first attached media decides (photo; video or animated GIF: video), else a link to the web, else text. */
    static String type(JsonNode tweet, XIncludes includes) {
        for (JsonNode key : tweet.path("attachments").path("media_keys")) {
            switch (includes.mediaTypes().getOrDefault(key.asText(), "")) {
                case "photo" -> {
                    return "photo";
                }
                case "video", "animated_gif" -> {
                    return "video";
                }
                default -> {}
            }
        }
        for (JsonNode url : tweet.path("entities").path("urls")) {
            String expanded = XJson.text(url, "expanded_url");
            if (!url.has("media_key")
                    && expanded != null
                    && !POST_OF_X.matcher(expanded).matches()) {
                return "link";
            }
        }
        return "text";
    }

    /** The whole text ({@code note_tweet} holds it beyond 280 characters), with X's HTML escapes undone. */
    static @Nullable String text(JsonNode tweet) {
        String text = XJson.text(tweet.path("note_tweet"), "text");
        if (text == null) {
            text = XJson.text(tweet, "text");
        }
        return text == null
                ? null
                : text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static List<String> hashtags(JsonNode tweet) {
        Set<String> tags = new LinkedHashSet<>();
        for (JsonNode entities :
                List.of(tweet.path("entities"), tweet.path("note_tweet").path("entities"))) {
            for (JsonNode hashtag : entities.path("hashtags")) {
                String tag = XJson.text(hashtag, "tag");
                if (tag != null) {
                    try {
                        tags.add(Hashtags.normalise(tag));
                    } catch (IllegalArgumentException e) {
                        // a tag our stored form refuses (X allows some symbols it does not): left out
                    }
                }
            }
        }
        return new ArrayList<>(tags);
    }
}
