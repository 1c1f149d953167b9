package fr.vigie.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** X (formerly Twitter): 1–15 letters, digits or '_', case-insensitive; x.com or twitter.com. */
final class XHandles {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_]{1,15}");
    private static final Set<String> NOT_PROFILES = Set.of(
            "home",
            "i",
            "intent",
            "search",
            "hashtag",
            "explore",
            "settings",
            "share",
            "messages",
            "notifications",
            "compose",
            "login",
            "signup");
    private static final Set<String> TABS = Set.of("with_replies", "media", "likes", "highlights", "articles");

    private XHandles() {}

    static HandleCheck normalise(ProfileAddress a) {
        String name = a.bare();
        if (a.isUrl()) {
            if (!a.hostIs("x.com", "twitter.com")) {
                return a.wrongHost("x.com");
            }
            name = a.segment(0);
            if (name.isEmpty() || NOT_PROFILES.contains(name.toLowerCase(Locale.ROOT))) {
                return a.notAProfile("a page of X");
            }
            int extra = a.segments().size() - 1;
            if (extra > 1 || (extra == 1 && !TABS.contains(a.segment(1).toLowerCase(Locale.ROOT)))) {
                return a.notAProfile("a post");
            }
        }
        String username = name.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            return a.malformed("an X username has 1 to 15 letters, digits or '_'");
        }
        return a.valid(username, "https://x.com/" + username);
    }
}
