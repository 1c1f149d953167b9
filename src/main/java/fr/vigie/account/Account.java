package fr.vigie.account;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An official account of a territory on one network.
 *
 * @param accountId '&lt;network&gt;:&lt;platform id&gt;' when the id was known at registration, else
 *     '&lt;network&gt;:@&lt;handle&gt;'; assigned once and never changed, so that snapshots and posts
 *     keep pointing at it when the handle is renamed or the platform id is learnt later
 * @param handle normalised per network (see {@link Handles})
 * @param statusSince the day from which the status holds, null when unknown
 * @param source where the registration came from (a file name, "cli")
 */
public record Account(
        String accountId,
        String territoryCode,
        Network network,
        @Nullable String platformId,
        String handle,
        String url,
        @Nullable String displayName,
        AccountRole role,
        @Nullable String theme,
        AccountStatus status,
        @Nullable LocalDate statusSince,
        String source,
        boolean simulated) {

    /** The id a new account gets: by platform id when known, else by handle. */
    public static String idFor(Network network, @Nullable String platformId, String handle) {
        return network.id() + ":" + (platformId != null ? platformId : "@" + handle);
    }

    /** True when both describe the same registration, whatever their sources. */
    boolean sameAs(Account other) {
        return equals(new Account(
                other.accountId,
                other.territoryCode,
                other.network,
                other.platformId,
                other.handle,
                other.url,
                other.displayName,
                other.role,
                other.theme,
                other.status,
                other.statusSince,
                source,
                other.simulated));
    }
}
