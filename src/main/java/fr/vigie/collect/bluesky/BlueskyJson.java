package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.JsonAnswers;
import fr.vigie.collect.RawResponse;
import org.jspecify.annotations.Nullable;

/** Reading Bluesky's JSON answers; anything that is not a JSON object is a {@link CollectFailure}. */
final class BlueskyJson {

    private BlueskyJson() {}

    static JsonNode parse(RawResponse response) {
        return JsonAnswers.object(response);
    }

    static @Nullable String text(JsonNode node, String field) {
        return JsonAnswers.text(node, field);
    }

    static @Nullable Long count(JsonNode node, String field) {
        return JsonAnswers.count(node, field);
    }
}
