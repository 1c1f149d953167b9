package fr.vigie.collect;

import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The requests one network may send during one collection run ({@code VIGIE_<NETWORK>_MAX_REQUESTS});
 * every request sent counts, retries included. {@link CollectService} binds the run's budget to each
 * fetch ({@link #CURRENT}), so that {@link HttpGetter} holds every connector to it without the
 * connector knowing. Once spent, each further request fails with "request budget of N reached": the
 * accounts not collected yet are reported failed, never done.
 */
public final class RequestBudget {
    /** The budget of the fetch running on this thread, when a collection run bound one. */
    public static final ScopedValue<RequestBudget> CURRENT = ScopedValue.newInstance();

    private final String network;
    private final @Nullable Long max;
    private final AtomicLong spent = new AtomicLong();

    /** A budget of {@code max} requests for {@code network}; null is no limit. */
    public RequestBudget(String network, @Nullable Long max) {
        this.network = network;
        this.max = max;
    }

    /** Counts one request, or throws when the budget is spent. */
    public void spend() {
        long count = spent.incrementAndGet();
        if (max != null && count > max) {
            spent.decrementAndGet();
            throw new CollectFailure("request budget of " + max + " reached for " + network + " in this run (setting "
                    + CollectLimits.maxRequestsSetting(network) + ")");
        }
    }

    /** The requests counted so far. */
    public long spent() {
        return spent.get();
    }

    /** Spends one request of the budget bound to this fetch, if any. */
    static void spendCurrent() {
        if (CURRENT.isBound()) {
            CURRENT.get().spend();
        }
    }
}
