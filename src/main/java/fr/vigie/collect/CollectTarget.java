package fr.vigie.collect;

import org.jspecify.annotations.Nullable;

/** A registered account to collect: its id in the store, its handle and, when known, its platform id. */
public record CollectTarget(
        String accountId, String handle, @Nullable String platformId) {
    /** What to ask the platform for: the platform id when known (stable), else the handle. */
    public String actor() {
        return platformId != null && !platformId.isBlank() ? platformId : handle;
    }
}
