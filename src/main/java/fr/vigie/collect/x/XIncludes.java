package fr.vigie.collect.x;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The objects a page's {@code includes} expanded: media types, usernames and authors of posts, by id. */
record XIncludes(Map<String, String> mediaTypes, Map<String, String> usernames, Map<String, String> authors) {
    static XIncludes of(JsonNode includes) {
        Map<String, String> media = new HashMap<>();
        Map<String, String> users = new HashMap<>();
        Map<String, String> authors = new HashMap<>();
        includes.path("media").forEach(m -> put(media, XJson.text(m, "media_key"), XJson.text(m, "type")));
        includes.path("users").forEach(u -> put(users, XJson.id(u, "id"), XJson.lowerCase(XJson.text(u, "username"))));
        includes.path("tweets").forEach(t -> put(authors, XJson.id(t, "id"), XJson.id(t, "author_id")));
        return new XIncludes(media, users, authors);
    }

    private static void put(Map<String, String> map, @Nullable String key, @Nullable String value) {
        if (key != null && value != null) {
            map.put(key, value);
        }
    }
}
