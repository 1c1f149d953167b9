package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.AccountGone;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.RefusedRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Bluesky's XRPC errors ({@code {"error": "Name", "message": "…"}}), translated in one place. The
 * AppView answers {@code getProfile} / {@code getAuthorFeed} for a gone account with HTTP 400 and
 * {@code InvalidRequest "Profile not found"}, {@code AccountTakedown} (suspended by the moderation) or
 * {@code AccountDeactivated} (by its owner).
 */
final class BlueskyErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BlueskyErrors() {}

    /** The account-level failure a refusal means: {@link AccountGone} when it says so, else the refusal. */
    static CollectFailure classify(RefusedRequest refused) {
        String error = errorName(refused.body());
        String message = errorMessage(refused.body());
        String reason = refused.getMessage();
        if ("AccountTakedown".equals(error)) {
            return new AccountGone(AccountGone.Kind.SUSPENDED, reason);
        }
        if ("AccountDeactivated".equals(error)) {
            return new AccountGone(AccountGone.Kind.DEACTIVATED, reason);
        }
        if (refused.status() == 400
                && ("InvalidRequest".equals(error) || "NotFound".equals(error))
                && message != null
                && message.toLowerCase(Locale.ROOT).contains("not found")) {
            return new AccountGone(AccountGone.Kind.NOT_FOUND, reason);
        }
        return refused;
    }

    /** The {@code error} name of an XRPC error body, or null when the body is not one. */
    static @Nullable String errorName(String body) {
        return field(body, "error");
    }

    static @Nullable String errorMessage(String body) {
        return field(body, "message");
    }

    private static @Nullable String field(String body, String name) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null || !node.isObject() ? null : BlueskyJson.text(node, name);
        } catch (JacksonException e) {
            return null; // not an XRPC error body: the refusal keeps its status and excerpt
        }
    }
}
