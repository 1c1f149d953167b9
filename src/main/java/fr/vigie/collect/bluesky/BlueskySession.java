package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.collect.CollectFailure;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An authenticated session on a Bluesky PDS, opened with an app password
 * ({@code com.atproto.server.createSession}) and renewed with its refresh token
 * ({@code com.atproto.server.refreshSession}) when the access token expires. The answers of both carry
 * tokens: they are read here and never archived; no token and no password ever reaches a message.
 */
final class BlueskySession {
    static final String CREATE = "com.atproto.server.createSession";
    static final String REFRESH = "com.atproto.server.refreshSession";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String pdsUrl;
    private final String identifier;
    private final String password;
    private final HttpClient client;
    private @Nullable String accessJwt;
    private @Nullable String refreshJwt;

    BlueskySession(String pdsUrl, String identifier, String password, HttpClient client) {
        this.pdsUrl = pdsUrl;
        this.identifier = identifier;
        this.password = password;
        this.client = client;
    }

    /** The access token, opening the session on first use. */
    String accessJwt() {
        if (accessJwt == null) {
            JsonNode session = post(
                    CREATE,
                    JSON.createObjectNode()
                            .put("identifier", identifier)
                            .put("password", password)
                            .toString(),
                    Map.of());
            keep(session, CREATE);
        }
        return accessJwt;
    }

    /** Renews the tokens after the PDS said {@code ExpiredToken}; opens a new session if the refresh fails. */
    void refresh() {
        if (refreshJwt == null) {
            accessJwt = null;
            accessJwt();
            return;
        }
        try {
            keep(post(REFRESH, "", Map.of("Authorization", "Bearer " + refreshJwt)), REFRESH);
        } catch (CollectFailure e) {
            accessJwt = null;
            refreshJwt = null;
            accessJwt();
        }
    }

    private void keep(JsonNode session, String endpoint) {
        String access = BlueskyJson.text(session, "accessJwt");
        String refresh = BlueskyJson.text(session, "refreshJwt");
        if (access == null || refresh == null) {
            throw new CollectFailure(endpoint + ": the answer holds no accessJwt or refreshJwt");
        }
        accessJwt = access;
        refreshJwt = refresh;
    }

    private JsonNode post(String endpoint, String body, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(URI.create(pdsUrl + "/xrpc/" + endpoint))
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .header("User-Agent", "vigie (observatory of French local authorities)");
        if (!body.isEmpty()) {
            builder.header("Content-Type", "application/json");
        }
        headers.forEach(builder::header);
        HttpResponse<byte[]> response;
        try {
            response = client.send(
                    builder.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CollectFailure(endpoint + ": " + e.getClass().getSimpleName() + " reaching " + pdsUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectFailure(endpoint + ": interrupted", e);
        }
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new CollectFailure(endpoint + ": HTTP " + response.statusCode() + " " + describe(text)
                    + "; check " + BlueskyHashtagSearch.IDENTIFIER_SETTING + " and "
                    + BlueskyHashtagSearch.PASSWORD_SETTING + " (an app password, not the account's password)");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node == null || !node.isObject()) {
                throw new CollectFailure(endpoint + ": the answer is not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new CollectFailure(endpoint + ": malformed JSON", e);
        }
    }

    /** The error name and message of a refusal, with the secrets masked should the server echo them. */
    private String describe(String body) {
        String error = BlueskyErrors.errorName(body);
        String message = BlueskyErrors.errorMessage(body);
        String described = (error == null ? "" : error) + (message == null ? "" : " (" + message + ")");
        for (String secret : new String[] {password, accessJwt, refreshJwt}) {
            if (secret != null && !secret.isEmpty()) {
                described = described.replace(secret, "***");
            }
        }
        return described.strip();
    }
}
