package fr.vigie.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a person wrote for an account, split once for the network rules: either a bare handle
 * ({@code @ville}, {@code ville.bsky.social}, {@code user@instance.tld}) or a URL broken into
 * host, path segments and query. Scheme, fragment, trailing slashes and tracking parameters vanish
 * here because the rules rebuild the canonical URL from the parts they need.
 */
record ProfileAddress(
        Network network, String input, boolean isUrl, String host, List<String> segments, Map<String, String> query) {
    private static final Pattern SCHEME = Pattern.compile("(?i)^https?://.*");

    /** Splits the input; null when it looks like a URL that cannot be parsed. */
    static @Nullable ProfileAddress parse(Network network, String input) {
        int slash = input.indexOf('/');
        boolean looksLikeUrl = SCHEME.matcher(input).matches()
                || (slash > 0 && input.substring(0, slash).contains("."));
        if (!looksLikeUrl) {
            return new ProfileAddress(network, input, false, "", List.of(), Map.of());
        }
        try {
            var uri = new URI(SCHEME.matcher(input).matches() ? input : "https://" + input);
            String host = uri.getHost();
            if (host == null) {
                return null;
            }
            List<String> segments = Arrays.stream(
                            uri.getPath() == null
                                    ? new String[0]
                                    : uri.getPath().split("/"))
                    .filter(s -> !s.isEmpty())
                    .toList();
            return new ProfileAddress(network, input, true, host.toLowerCase(Locale.ROOT), segments, query(uri));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> query = new HashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return Map.copyOf(query);
    }

    /** True when the host is one of these domains or a subdomain of one (www., m., fr-fr., …). */
    boolean hostIs(String... domains) {
        return Arrays.stream(domains).anyMatch(d -> host.equals(d) || host.endsWith("." + d));
    }

    /** The bare input without one leading '@'. */
    String bare() {
        return input.startsWith("@") ? input.substring(1) : input;
    }

    String segment(int index) {
        return index < segments.size() ? segments.get(index) : "";
    }

    ProfileHandle valid(String handle, String url) {
        return new ProfileHandle(network, handle, url, null);
    }

    ProfileHandle valid(String handle, String url, String platformId) {
        return new ProfileHandle(network, handle, url, platformId);
    }

    MalformedHandle malformed(String reason) {
        return new MalformedHandle(network, input, reason);
    }

    MalformedHandle wrongHost(String expected) {
        return malformed("a " + host + " address, not " + expected + ": check the network column");
    }

    MalformedHandle notAProfile(String what) {
        return malformed("the address of " + what + ", not of a profile: give the profile's address");
    }
}
