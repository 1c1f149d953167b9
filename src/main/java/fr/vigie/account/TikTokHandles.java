package fr.vigie.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** TikTok: tiktok.com/@user, 2–24 letters, digits, '.' or '_', case-insensitive, not ending with '.'. */
final class TikTokHandles {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._]{2,24}");

    private TikTokHandles() {}

    static HandleCheck normalise(ProfileAddress a) {
        String name = a.bare();
        if (a.isUrl()) {
            if (a.hostIs("vm.tiktok.com", "vt.tiktok.com")) {
                return a.malformed("a short share link: open it and copy the profile's address");
            }
            if (!a.hostIs("tiktok.com")) {
                return a.wrongHost("tiktok.com");
            }
            if (!a.segment(0).startsWith("@")) {
                return a.malformed("a TikTok profile address is tiktok.com/@user");
            }
            if (a.segments().size() > 1) {
                return a.notAProfile("a video");
            }
            name = a.segment(0).substring(1);
        }
        String username = name.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches() || username.endsWith(".")) {
            return a.malformed("a TikTok username has 2 to 24 letters, digits, '.' or '_' and does not end with '.'");
        }
        return a.valid(username, "https://www.tiktok.com/@" + username);
    }
}
