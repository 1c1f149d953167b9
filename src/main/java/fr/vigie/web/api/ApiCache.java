package fr.vigie.web.api;

import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.store.Store;
import fr.vigie.web.StorePool;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The API's memory: the published editions and categories (read again at most every
 * {@link #SNAPSHOT_AGE}, so that an ETag is computed without a query and a new edition shows within
 * that delay), and the last palmarès bodies keyed by their ETag (least recently used evicted). Counts
 * the reads it makes of the store, so that tests can check a 304 or a cached answer makes none.
 */
final class ApiCache {
    static final Duration SNAPSHOT_AGE = Duration.ofSeconds(30);
    static final int BODIES = 256;

    /** A cached answer: its body and its Link header (empty when there is no other page). */
    record Body(byte[] bytes, String link) {}

    private final StorePool stores;
    private final AtomicLong reads = new AtomicLong();
    private volatile PublishedSnapshot snapshot;
    private final Map<String, Body> bodies = new LinkedHashMap<>(BODIES, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Body> eldest) {
            return size() > BODIES;
        }
    };

    ApiCache(StorePool stores) {
        this.stores = stores;
    }

    /** Reads the store (and counts it). */
    <T> T read(Function<Store, T> work) {
        reads.incrementAndGet();
        return stores.read(work);
    }

    long reads() {
        return reads.get();
    }

    PublishedSnapshot snapshot() {
        PublishedSnapshot current = snapshot;
        if (current == null || System.nanoTime() - current.loadedAtNanos() > SNAPSHOT_AGE.toNanos()) {
            current = read(store -> {
                var published = new PublishedPalmares(store);
                return new PublishedSnapshot(published.editions(), published.categories(), System.nanoTime());
            });
            snapshot = current;
        }
        return current;
    }

    Optional<Body> body(String etag) {
        synchronized (bodies) {
            return Optional.ofNullable(bodies.get(etag));
        }
    }

    void keep(String etag, Body body) {
        synchronized (bodies) {
            bodies.put(etag, body);
        }
    }
}
