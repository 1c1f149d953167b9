package fr.vigie.account;

import org.jspecify.annotations.Nullable;

/**
 * A normalised account handle of one network.
 *
 * @param handle the stored form, lower-case where the network ignores case (see docs/accounts.md)
 * @param url the canonical profile URL, https, without tracking parameters or trailing slash
 * @param platformId the platform's stable id when the input reveals it (a Facebook numeric id, a
 *     YouTube channel id, a Bluesky DID), else null
 */
public record ProfileHandle(
        Network network,
        String handle,
        String url,
        @Nullable String platformId) implements HandleCheck {
    @Override
    public ProfileHandle orThrow() {
        return this;
    }
}
