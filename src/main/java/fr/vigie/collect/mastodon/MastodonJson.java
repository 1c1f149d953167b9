package fr.vigie.collect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.JsonAnswers;
import fr.vigie.collect.RawResponse;
import org.jspecify.annotations.Nullable;

/** Reading Mastodon's JSON answers; an answer of the wrong shape is a {@link CollectFailure}. */
final class MastodonJson {

    private MastodonJson() {}

    static JsonNode object(RawResponse response) {
        JsonNode node = parse(response);
        if (!node.isObject()) {
            throw new CollectFailure(response.endpoint() + ": the answer is not a JSON object");
        }
        return node;
    }

    static JsonNode array(RawResponse response) {
        JsonNode node = parse(response);
        if (!node.isArray()) {
            throw new CollectFailure(response.endpoint() + ": the answer is not a JSON array");
        }
        return node;
    }

    private static JsonNode parse(RawResponse response) {
        return JsonAnswers.tree(response.endpoint(), response.body());
    }

    static @Nullable String text(JsonNode node, String field) {
        return JsonAnswers.text(node, field);
    }

    /** An id: Mastodon sends strings; its digits are kept as they are, never read as a number. */
    static @Nullable String id(JsonNode node, String field) {
        return JsonAnswers.id(node, field);
    }

    static @Nullable Long count(JsonNode node, String field) {
        return JsonAnswers.count(node, field);
    }
}
