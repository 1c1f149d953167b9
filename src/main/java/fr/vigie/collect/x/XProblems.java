package fr.vigie.collect.x;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.AccountGone;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RefusedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * X's problems (RFC 7807 objects with {@code type}, {@code title}, {@code detail}) translated in one
 * place: a user that is not found or suspended (sent in a 200 answer's {@code errors} array) is an
 * {@link AccountGone}; the monthly usage cap (a 429 whose body says {@code UsageCapExceeded}) is a
 * failure naming it, never a wait; a refused bearer token names the setting, never its value.
 */
final class XProblems {
    /** HTTP 429 is waited for, except when X says the monthly usage cap is spent: that lasts weeks. */
    static final HttpGetter.Throttled THROTTLED =
            (status, body) -> status == 429 && !usageCapped(new String(body, StandardCharsets.UTF_8));

    private XProblems() {}

    /** Whether an error body says the project's post cap or credits are spent. */
    static boolean usageCapped(String body) {
        JsonNode problem = XJson.objectOrNull(body);
        if (problem == null) {
            return body.contains("UsageCapExceeded");
        }
        if (isUsageCap(problem)) {
            return true;
        }
        for (JsonNode error : problem.path("errors")) {
            if (isUsageCap(error)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUsageCap(JsonNode problem) {
        String type = typeName(problem);
        return "UsageCapExceeded".equals(XJson.text(problem, "title"))
                || "usage-capped".equals(type)
                || "credits-depleted".equals(type);
    }

    /**
     * The {@code data} of an answer about one user, or the reason it has none: not found, suspended
     * (X says so in {@code detail}, under type {@code resource-not-found} or
     * {@code resource-unavailable}), or another problem.
     */
    static JsonNode user(String endpoint, JsonNode answer) {
        JsonNode data = answer.path("data");
        if (data.isObject()) {
            return data;
        }
        throw userProblem(endpoint, answer);
    }

    /** A page of posts: an answer with neither {@code data} nor {@code meta} is a problem about the user. */
    static JsonNode page(String endpoint, JsonNode answer) {
        if (answer.has("data") || answer.has("meta")) {
            return answer; // errors beside data concern expanded objects (a deleted quoted post): ignored
        }
        throw userProblem(endpoint, answer);
    }

    private static CollectFailure userProblem(String endpoint, JsonNode answer) {
        JsonNode errors = answer.path("errors");
        if (!errors.isArray() || errors.isEmpty()) {
            return new CollectFailure(endpoint + ": neither data nor errors in the answer");
        }
        JsonNode error = errors.get(0);
        String detail = XJson.text(error, "detail");
        String said = describe(error);
        if (detail != null && detail.toLowerCase(Locale.ROOT).contains("suspended")) {
            return new AccountGone(AccountGone.Kind.SUSPENDED, "X: " + said);
        }
        return switch (String.valueOf(typeName(error))) {
            case "resource-not-found" -> new AccountGone(AccountGone.Kind.NOT_FOUND, "X: " + said);
            default -> new CollectFailure(endpoint + ": " + said);
        };
    }

    /** The failure a refused request (4xx, or a 429 not waited for) means. */
    static CollectFailure refusal(String endpoint, RefusedRequest refused) {
        JsonNode problem = XJson.objectOrNull(refused.body());
        String said = problem == null ? "HTTP " + refused.status() : describe(problem);
        if (usageCapped(refused.body())) {
            return new CollectFailure("X usage cap exceeded (" + said + "): no post can be read until the"
                    + " project's monthly cap resets or its plan changes; see docs/connectors/x.md");
        }
        return switch (refused.status()) {
            case 401 ->
                new CollectFailure(endpoint + ": X refused the bearer token (HTTP 401 " + said + "); check the setting "
                        + XConnector.TOKEN_SETTING);
            case 403 ->
                new CollectFailure(endpoint + ": X refused access (HTTP 403 " + said
                        + "); the app's access level may not include this endpoint");
            case 429 ->
                new CollectFailure(endpoint + ": X's rate limit is still exhausted after waiting (HTTP 429"
                        + "); the account is tried again at its next run");
            default ->
                problem != null && problem.path("errors").isArray() && !problem.has("data")
                        ? userProblem(endpoint, problem)
                        : refused;
        };
    }

    /** {@code title: detail}, as X wrote them. */
    private static String describe(JsonNode problem) {
        String title = XJson.text(problem, "title");
        String detail = XJson.text(problem, "detail");
        if (title == null && detail == null) {
            JsonNode first = problem.path("errors").path(0);
            return first.isObject() ? describe(first) : "no detail";
        }
        return title == null ? detail : detail == null ? title : title + ": " + detail;
    }

    /** The last segment of a problem type URI ({@code https://api.x.com/2/problems/usage-capped}). */
    private static @Nullable String typeName(JsonNode problem) {
        String type = XJson.text(problem, "type");
        return type == null ? null : type.substring(type.lastIndexOf('/') + 1);
    }
}
