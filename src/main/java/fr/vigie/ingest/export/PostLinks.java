package fr.vigie.ingest.export;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Post ids and networks read from public post URLs, for exports that give a URL and no id. */
final class PostLinks {
    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final List<String> FACEBOOK_KINDS = List.of("posts", "videos", "photos", "reel", "permalink");

    private PostLinks() {}

    /** facebook or instagram from the URL's host, or null. */
    static @Nullable String network(String url) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        if (host.equals("instagram.com") || host.endsWith(".instagram.com")) {
            return "instagram";
        }
        if (host.equals("facebook.com") || host.endsWith(".facebook.com") || host.equals("fb.com")) {
            return "facebook";
        }
        return null;
    }

    /**
     * The post number (or pfbid token) of a Facebook post URL: {@code story_fbid} or {@code fbid} in
     * the query, else the last segment after /posts/, /videos/, /photos/ or /reel/.
     */
    static @Nullable String facebookPost(String url) {
        URI uri = uri(url);
        if (uri == null) {
            return null;
        }
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith("story_fbid=") || pair.startsWith("fbid=")) {
                    return token(pair.substring(pair.indexOf('=') + 1));
                }
            }
        }
        List<String> segments = segments(uri);
        for (int i = 0; i < segments.size() - 1; i++) {
            if (FACEBOOK_KINDS.contains(segments.get(i))) {
                return token(segments.getLast());
            }
        }
        return null;
    }

    /**
     * The media id of an Instagram post URL (/p/, /reel/, /tv/): its shortcode decoded from base 64,
     * as Instagram derives it, so that it matches the numeric ids of the API and of Meta's exports;
     * the shortcode itself when it is too long to be a plain media id.
     */
    static @Nullable String instagramMedia(String url) {
        URI uri = uri(url);
        if (uri == null) {
            return null;
        }
        List<String> segments = segments(uri);
        for (int i = 0; i < segments.size() - 1; i++) {
            if (List.of("p", "reel", "reels", "tv").contains(segments.get(i))) {
                String code = token(segments.get(i + 1));
                return code == null ? null : decoded(code);
            }
        }
        return null;
    }

    private static String decoded(String shortcode) {
        if (shortcode.length() > 11) {
            return shortcode;
        }
        long value = 0;
        for (int i = 0; i < shortcode.length(); i++) {
            int digit = BASE64URL.indexOf(shortcode.charAt(i));
            if (digit < 0 || value > (Long.MAX_VALUE - digit) / 64) {
                return shortcode;
            }
            value = value * 64 + digit;
        }
        return Long.toString(value);
    }

    private static @Nullable String token(String text) {
        return text.matches("[A-Za-z0-9_-]+") ? text : null;
    }

    private static List<String> segments(URI uri) {
        String path = uri.getRawPath();
        if (path == null) {
            return List.of();
        }
        return java.util.Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static @Nullable String host(String url) {
        URI uri = uri(url);
        return uri == null || uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    }

    private static @Nullable URI uri(String url) {
        try {
            return new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
