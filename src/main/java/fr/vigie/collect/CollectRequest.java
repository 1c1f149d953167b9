package fr.vigie.collect;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one collection pass covers: some networks (all collectable ones when empty), one territory or
 * all, posts since a date ({@code since}; when null, each account resumes from its watermark minus
 * {@link Cadence#REFRESH_WINDOW}, or takes its whole feed on its first run), and only the accounts
 * that are due ({@code dueOnly}, as the scheduler asks) or all of them.
 */
public record CollectRequest(
        List<String> networks,
        @Nullable String territoryCode,
        @Nullable Instant since,
        boolean dueOnly) {
    public CollectRequest {
        networks = List.copyOf(networks);
    }

    /** Every account of one network (of one territory when given). */
    public static CollectRequest of(String network, @Nullable String territoryCode, @Nullable Instant since) {
        return new CollectRequest(List.of(network), territoryCode, since, false);
    }
}
