package fr.vigie.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Instagram and Threads, which share usernames: 1–30 letters, digits, '.' or '_', case-insensitive,
 * no '.' at either end and no "..". Threads profiles live at threads.net or threads.com/@user.
 */
final class InstagramHandles {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._]{1,30}");
    private static final Set<String> NOT_PROFILES =
            Set.of("p", "reel", "reels", "tv", "stories", "explore", "accounts");

    private InstagramHandles() {}

    static HandleCheck instagram(ProfileAddress a) {
        String name = a.bare();
        if (a.isUrl()) {
            if (!a.hostIs("instagram.com", "instagr.am")) {
                return a.wrongHost("instagram.com");
            }
            name = a.segment(0);
            if (NOT_PROFILES.contains(name.toLowerCase(Locale.ROOT))) {
                return a.notAProfile("a post, reel or story");
            }
            if (a.segments().size() > 1) {
                return a.notAProfile("a page inside the profile");
            }
        }
        String problem = problem(name);
        if (!problem.isEmpty()) {
            return a.malformed(problem);
        }
        String username = name.toLowerCase(Locale.ROOT);
        return a.valid(username, "https://www.instagram.com/" + username);
    }

    static HandleCheck threads(ProfileAddress a) {
        String name = a.bare();
        if (a.isUrl()) {
            if (!a.hostIs("threads.net", "threads.com")) {
                return a.wrongHost("threads.com");
            }
            if (!a.segment(0).startsWith("@")) {
                return a.malformed("a Threads profile address is threads.com/@user");
            }
            if (a.segments().size() > 1) {
                return a.notAProfile("a post");
            }
            name = a.segment(0).substring(1);
        }
        String problem = problem(name);
        if (!problem.isEmpty()) {
            return a.malformed(problem);
        }
        String username = name.toLowerCase(Locale.ROOT);
        return a.valid(username, "https://www.threads.com/@" + username);
    }

    private static String problem(String name) {
        String username = name.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            return "a username has 1 to 30 letters, digits, '.' or '_'";
        }
        if (username.startsWith(".") || username.endsWith(".") || username.contains("..")) {
            return "a username neither starts nor ends with '.' nor holds '..'";
        }
        return "";
    }
}
