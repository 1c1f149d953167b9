package fr.vigie.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;

/** The API's JSON: records serialised with snake_case names (published_at, rank_low…), UTF-8. */
final class ApiJson {
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private static final ObjectMapper MAPPER =
            new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private ApiJson() {}

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    static void send(Context ctx, Object value) {
        send(ctx, bytes(value));
    }

    static void send(Context ctx, byte[] body) {
        ctx.contentType(CONTENT_TYPE).result(body);
    }
}
