package fr.vigie.collect.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.collect.AccountSearch;
import fr.vigie.collect.HttpGetter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mastodon account search on the configured instances ({@code GET /api/v2/search?type=accounts&q=…},
 * no token: instances then search the accounts they know). Profile fields whose {@code verified_at}
 * is set link to a website that links back (rel=me): verified websites.
 */
public final class MastodonAccountSearch implements AccountSearch {
    /** Comma-separated instances to search, e.g. {@code mastodon.social,piaille.fr}. */
    public static final String INSTANCES_SETTING = "VIGIE_MASTODON_SEARCH_INSTANCES";

    static final String SEARCH = "api/v2/search";
    private static final Pattern HREF = Pattern.compile("href=\"https?://([^/\"]+)");

    private final List<String> instances;
    private final UnaryOperator<String> baseUrlOfInstance;
    private final HttpGetter http;

    public MastodonAccountSearch(List<String> instances, UnaryOperator<String> baseUrlOfInstance, HttpGetter http) {
        this.instances = List.copyOf(instances);
        this.baseUrlOfInstance = baseUrlOfInstance;
        this.http = http;
    }

    /** The instances of {@link #INSTANCES_SETTING} (none: the search needs it), at their HTTPS address or the override. */
    public static MastodonAccountSearch fromEnvironment(Map<String, String> env, HttpGetter http) {
        String listed = env.getOrDefault(INSTANCES_SETTING, "");
        List<String> instances = List.of(listed.split(",")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        String override = env.get(MastodonConnector.URL_SETTING);
        UnaryOperator<String> base = override == null || override.isBlank()
                ? instance -> "https://" + instance
                : instance -> override.strip().replaceAll("/+$", "");
        return new MastodonAccountSearch(instances, base, http);
    }

    @Override
    public String network() {
        return "mastodon";
    }

    @Override
    public @org.jspecify.annotations.Nullable String missingSetting() {
        return instances.isEmpty() ? INSTANCES_SETTING : null;
    }

    @Override
    public List<Candidate> search(String query, int limit) {
        List<Candidate> candidates = new ArrayList<>();
        for (String instance : instances) {
            String uri = baseUrlOfInstance.apply(instance) + "/" + SEARCH + "?type=accounts&limit="
                    + Math.clamp(limit, 1, 40) + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
            for (JsonNode account :
                    MastodonJson.object(http.get(URI.create(uri), SEARCH)).path("accounts")) {
                candidates.add(candidate(account, instance));
            }
        }
        return candidates;
    }

    private Candidate candidate(JsonNode account, String instance) {
        String acct = String.valueOf(MastodonJson.text(account, "acct")).toLowerCase(Locale.ROOT);
        String handle = acct.contains("@") ? acct : acct + "@" + instance.toLowerCase(Locale.ROOT);
        List<String> websites = new ArrayList<>();
        List<String> verified = new ArrayList<>();
        for (JsonNode field : account.path("fields")) {
            for (String domain : domains(field.path("value").asText(""))) {
                websites.add(domain);
                if (field.hasNonNull("verified_at")) {
                    verified.add(domain);
                }
            }
        }
        String note = MastodonHtml.plainText(account.path("note").asText(""));
        websites.addAll(domains(account.path("note").asText("")));
        return new Candidate(
                network(),
                handle,
                acct.contains("@") ? null : MastodonJson.id(account, "id"), // ids are per instance
                MastodonJson.text(account, "display_name"),
                note,
                websites,
                verified,
                false,
                MastodonJson.count(account, "followers_count"));
    }

    private static List<String> domains(String html) {
        List<String> found = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            found.add(m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        }
        return found;
    }
}
