package fr.vigie.account;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Bluesky: a handle is a lower-case domain name (ville.bsky.social, mairie.fr); a DID (did:plc:…,
 * did:web:…) names the account for good and is also its platform id. Profiles live at
 * bsky.app/profile/&lt;handle or DID&gt;.
 */
final class BlueskyHandles {
    private static final Pattern DID = Pattern.compile("did:(plc:[a-z2-7]{24}|web:[a-z0-9.-]+)");

    private BlueskyHandles() {}

    static HandleCheck normalise(ProfileAddress a) {
        String name = a.bare();
        if (a.isUrl()) {
            if (!a.hostIs("bsky.app")) {
                return a.wrongHost("bsky.app");
            }
            if (!a.segment(0).equals("profile") || a.segment(1).isEmpty()) {
                return a.malformed("a Bluesky profile address is bsky.app/profile/<handle>");
            }
            if (a.segments().size() > 2) {
                return a.notAProfile("a post or a feed");
            }
            name = a.segment(1);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("did:")) {
            if (!DID.matcher(lower).matches()) {
                return a.malformed("a DID is did:plc:<24 letters a-z or digits 2-7> or did:web:<domain>");
            }
            return a.valid(lower, "https://bsky.app/profile/" + lower, lower);
        }
        String problem = DomainName.problem(lower);
        if (!problem.isEmpty()) {
            return a.malformed(problem + "; a Bluesky handle is a domain name such as ville.bsky.social");
        }
        return a.valid(lower, "https://bsky.app/profile/" + lower);
    }
}
