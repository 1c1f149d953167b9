package fr.vigie.collect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.AccountGone;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.HttpGetter;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Meta's refusals, {@code {"error":{"message":…,"type":…,"code":N,"error_subcode":M}}} with HTTP
 * 400/403, translated in one place: throttling codes are waited for, an unknown page or username is
 * {@link AccountGone}, a dead token asks for a new {@link GraphApi#TOKEN_SETTING}. Every message is
 * scrubbed of the token (Meta echoes a malformed token in its message).
 */
final class GraphErrors {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Application (4), user (17), page (32), custom (613) and business use case (80000–80014) limits. */
    static final HttpGetter.Throttled THROTTLED = (status, body) -> {
        if (status == 429) {
            return true;
        }
        if (status != 400 && status != 403) {
            return false;
        }
        int code = error(new String(body, StandardCharsets.UTF_8)).path("code").asInt(-1);
        return isThrottling(code);
    };

    private GraphErrors() {}

    static boolean isThrottling(int code) {
        return code == 4 || code == 17 || code == 32 || code == 613 || (code >= 80000 && code <= 80014);
    }

    /** The failure a refused request stands for. */
    static CollectFailure classify(String endpoint, int status, String body, @Nullable String token) {
        JsonNode error = error(body);
        int code = error.path("code").asInt(-1);
        int subcode = error.path("error_subcode").asInt(-1);
        String message = Redaction.redact(error.path("message").asText("").strip(), token);
        String said = "(Meta error " + code + (subcode > 0 ? "/" + subcode : "") + ": " + message + ")";
        if (code == 190) {
            return new CollectFailure(endpoint + ": Meta refused the access token, invalid or expired (error 190"
                    + (subcode > 0 ? "/" + subcode : "") + "); renew " + GraphApi.TOKEN_SETTING
                    + " (docs/connectors/facebook.md says how)");
        }
        if (code == 803 || (code == 100 && subcode == 33)) {
            return new AccountGone(AccountGone.Kind.NOT_FOUND, endpoint + ": no such page " + said);
        }
        if (code == 110 && subcode == 2207013) {
            return new AccountGone(
                    AccountGone.Kind.NOT_FOUND,
                    endpoint + ": no Instagram professional account with this username; a personal"
                            + " account answers the same " + said);
        }
        if (isThrottling(code)) {
            return new CollectFailure(endpoint + ": Meta still throttles after waiting " + said
                    + "; the next run resumes where this one stopped");
        }
        if (code == 10 || (code >= 200 && code <= 299)) {
            return new CollectFailure(endpoint + ": the token lacks a permission or the app an approval " + said);
        }
        String excerpt = error.isMissingNode() ? Redaction.redact(body.strip(), token) : said;
        if (excerpt.length() > 300) {
            excerpt = excerpt.substring(0, 300) + "…";
        }
        return new CollectFailure(endpoint + ": HTTP " + status + " " + excerpt);
    }

    private static JsonNode error(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node == null ? JSON.missingNode() : node.path("error");
        } catch (java.io.IOException e) {
            return JSON.missingNode(); // not Meta's JSON error: classified on the status alone
        }
    }
}
