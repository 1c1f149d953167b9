package fr.vigie.collect;

import fr.vigie.privacy.Pseudonymiser;
import org.jspecify.annotations.Nullable;

/**
 * Ids of citizens' content that would name their author are rewritten before they are stored, the
 * same way every time (so re-collection stays idempotent and reply chains stay linked): a Bluesky
 * {@code at://<did>/<collection>/<rkey>} keeps its path but its DID becomes the author's pseudonym
 * (the one in {@code author_pseudonym}); an id that is a URL (a Mastodon status URI holds the user
 * name) becomes a keyed pseudonym of the whole URL. Numeric or opaque ids name nobody and are kept;
 * the account's own content keeps its ids.
 */
final class ContentIds {
    private static final String AT = "at://";

    private ContentIds() {}

    /** The id to store for content on {@code network}; {@code accountDid} is the collected account's own DID. */
    static String stored(Pseudonymiser pseudonymiser, String network, String id, @Nullable String accountPlatformId) {
        if (id.startsWith(AT)) {
            int slash = id.indexOf('/', AT.length());
            String did = slash < 0 ? id.substring(AT.length()) : id.substring(AT.length(), slash);
            if (did.equals(accountPlatformId)) {
                return id;
            }
            return AT + pseudonymiser.pseudonym(network, did) + (slash < 0 ? "" : id.substring(slash));
        }
        if (id.startsWith("https://") || id.startsWith("http://")) {
            return pseudonymiser.pseudonym(network + "/uri", id);
        }
        return id;
    }
}
