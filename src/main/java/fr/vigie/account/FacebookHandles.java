package fr.vigie.account;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facebook pages: a username (5+ letters, digits or '.', case-insensitive) or a numeric id, which
 * is then also the platform id. Accepts facebook.com, fb.com, m./www./locale subdomains,
 * profile.php?id=…, pages/&lt;name&gt;/&lt;id&gt;, people/&lt;name&gt;/&lt;id&gt; and &lt;Name&gt;-&lt;id&gt;.
 */
final class FacebookHandles {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9.]{5,50}");
    private static final Pattern NUMERIC_ID = Pattern.compile("[0-9]{5,20}");
    private static final Pattern NAME_WITH_ID = Pattern.compile(".+-([0-9]{8,20})");
    private static final Map<String, String> NOT_PAGES = Map.ofEntries(
            Map.entry("groups", "a group"),
            Map.entry("events", "an event"),
            Map.entry("watch", "a video"),
            Map.entry("reel", "a reel"),
            Map.entry("photo", "a photo"),
            Map.entry("photo.php", "a photo"),
            Map.entry("story.php", "a post"),
            Map.entry("permalink.php", "a post"),
            Map.entry("share", "a share link"),
            Map.entry("sharer.php", "a share link"),
            Map.entry("hashtag", "a hashtag"),
            Map.entry("search", "a search"),
            Map.entry("marketplace", "the marketplace"),
            Map.entry("login", "the login page"));
    /** Tabs of a page: /ville/about is still the page of /ville. */
    private static final Set<String> TABS = Set.of(
            "about",
            "photos",
            "videos",
            "posts",
            "events",
            "reviews",
            "community",
            "mentions",
            "followers",
            "reels",
            "live_videos",
            "map",
            "directory_contact_info");

    private FacebookHandles() {}

    static HandleCheck normalise(ProfileAddress a) {
        if (!a.isUrl()) {
            return name(a, a.bare());
        }
        if (!a.hostIs("facebook.com", "fb.com")) {
            return a.wrongHost("facebook.com");
        }
        String first = a.segment(0).toLowerCase(Locale.ROOT);
        if (first.isEmpty()) {
            return a.malformed("the address names no page");
        }
        if (first.equals("profile.php")) {
            String id = a.query().getOrDefault("id", "");
            return NUMERIC_ID.matcher(id).matches() ? numeric(a, id) : a.malformed("profile.php needs a numeric id=…");
        }
        if (first.equals("pages") || first.equals("people")) {
            String id = a.segment(2);
            return NUMERIC_ID.matcher(id).matches()
                    ? numeric(a, id)
                    : a.malformed(first + "/<name>/<id> needs the page's numeric id as third part");
        }
        if (NOT_PAGES.containsKey(first)) {
            return a.notAProfile(NOT_PAGES.get(first));
        }
        int start = first.equals("pg") ? 1 : 0;
        int extra = a.segments().size() - start - 1;
        if (extra > 1 || (extra == 1 && !TABS.contains(a.segment(start + 1).toLowerCase(Locale.ROOT)))) {
            return a.notAProfile("a post or a photo");
        }
        return name(a, a.segment(start));
    }

    private static HandleCheck name(ProfileAddress a, String name) {
        if (NUMERIC_ID.matcher(name).matches()) {
            return numeric(a, name);
        }
        Matcher withId = NAME_WITH_ID.matcher(name);
        if (withId.matches()) {
            return numeric(a, withId.group(1));
        }
        String username = name.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            return a.malformed("a Facebook username has 5 to 50 letters, digits or '.'");
        }
        return a.valid(username, "https://www.facebook.com/" + username);
    }

    private static ProfileHandle numeric(ProfileAddress a, String id) {
        return a.valid(id, "https://www.facebook.com/profile.php?id=" + id, id);
    }
}
