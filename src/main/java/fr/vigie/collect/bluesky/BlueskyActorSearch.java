package fr.vigie.collect.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.AccountSearch;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bluesky's public actor search ({@code app.bsky.actor.searchActors?q=…}, no account needed): each
 * {@code profileView} becomes a candidate; a handle that is a domain other than bsky.social's is
 * verified by DNS (the domain's owner set it), and {@code verification.verifiedStatus = valid}
 * marks an account Bluesky or a trusted verifier verified.
 */
public final class BlueskyActorSearch implements AccountSearch {
    static final String SEARCH = "app.bsky.actor.searchActors";

    private final String baseUrl;
    private final HttpGetter http;

    public BlueskyActorSearch(String baseUrl, HttpGetter http) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = http;
    }

    /** On the AppView the environment names ({@link BlueskyConnector#URL_SETTING}), else the public one. */
    public static BlueskyActorSearch fromEnvironment(Map<String, String> env, HttpGetter http) {
        String url = env.get(BlueskyConnector.URL_SETTING);
        return new BlueskyActorSearch(url == null || url.isBlank() ? BlueskyConnector.DEFAULT_URL : url.strip(), http);
    }

    @Override
    public String network() {
        return "bluesky";
    }

    @Override
    public List<Candidate> search(String query, int limit) {
        String uri = baseUrl + "/xrpc/" + SEARCH + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&limit="
                + Math.clamp(limit, 1, 100);
        RawResponse response = http.get(URI.create(uri), SEARCH);
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode actor : BlueskyJson.parse(response).path("actors")) {
            String handle = BlueskyJson.text(actor, "handle");
            if (handle == null) {
                continue;
            }
            String description = BlueskyJson.text(actor, "description");
            boolean ownDomain = !handle.endsWith(".bsky.social") && !handle.equals("handle.invalid");
            candidates.add(new Candidate(
                    network(),
                    handle.toLowerCase(java.util.Locale.ROOT),
                    BlueskyJson.text(actor, "did"),
                    BlueskyJson.text(actor, "displayName"),
                    description,
                    AccountSearch.domainsIn(description),
                    ownDomain ? List.of(handle.toLowerCase(java.util.Locale.ROOT)) : List.of(),
                    "valid"
                            .equals(actor.path("verification")
                                    .path("verifiedStatus")
                                    .asText()),
                    BlueskyJson.count(actor, "followersCount")));
        }
        return candidates;
    }
}
