package fr.vigie.collect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A platform's search for accounts by name, used to propose candidate official accounts of a
 * territory ({@code vigie accounts discover}); a person accepts or rejects each candidate.
 */
public interface AccountSearch {
    /** The network searched, as stored in table {@code account}. */
    String network();

    /** As {@link Connector#missingSetting()}: the setting this search needs and did not get, or null. */
    default @Nullable String missingSetting() {
        return null;
    }

    /** Accounts matching {@code query}, best first as the platform ranks them, at most {@code limit}. */
    List<Candidate> search(String query, int limit);

    /** The domain names a profile's text mentions ({@code www.} dropped), in order. */
    static List<String> domainsIn(@Nullable String text) {
        List<String> domains = new java.util.ArrayList<>();
        if (text != null) {
            var m = DOMAIN.matcher(text);
            while (m.find()) {
                domains.add(m.group(1).toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\.", ""));
            }
        }
        return domains;
    }

    /** A domain name, optionally after a scheme and before a path. */
    java.util.regex.Pattern DOMAIN =
            java.util.regex.Pattern.compile("(?i)\\b(?:https?://)?((?:[a-z0-9-]+\\.)+[a-z]{2,})(?:/\\S*)?");

    /**
     * An account the platform found. {@code websites} are the links the profile shows (bio, fields),
     * {@code verifiedWebsites} those the platform itself verified (Mastodon's rel=me check); a
     * Bluesky handle that is a domain name is verified by DNS and listed there too.
     */
    record Candidate(
            String network,
            String handle,
            @Nullable String platformId,
            @Nullable String displayName,
            @Nullable String description,
            List<String> websites,
            List<String> verifiedWebsites,
            boolean verified,
            @Nullable Long followers) {
        public Candidate {
            websites = List.copyOf(websites);
            verifiedWebsites = List.copyOf(verifiedWebsites);
        }
    }
}
