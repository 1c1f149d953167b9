package fr.vigie.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Recently assembled page data, for pages whose data change only when an edition is published or
 * data imported: kept for a while (and at most a number of entries, least recently used out), so a
 * page read again is served without its queries. Never holds what depends on who is signed in.
 */
public final class PageCache<V> {
    private record Cached<V>(V value, Instant until) {}

    private final int capacity;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<String, Cached<V>> entries;

    public PageCache(int capacity, Duration lifetime, Clock clock) {
        this.capacity = capacity;
        this.lifetime = lifetime;
        this.clock = clock;
        this.entries = new LinkedHashMap<String, Cached<V>>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached<V>> eldest) {
                return size() > PageCache.this.capacity;
            }
        };
    }

    /** Forgets the entries whose value matches, so that they are computed again when next asked. */
    public void forget(Predicate<V> which) {
        synchronized (entries) {
            entries.values().removeIf(entry -> which.test(entry.value()));
        }
    }

    /** The cached value of the key while it is fresh, else the computed one (cached). */
    public V get(String key, Supplier<V> compute) {
        Instant now = clock.instant();
        synchronized (entries) {
            Cached<V> entry = entries.get(key);
            if (entry != null && now.isBefore(entry.until())) {
                return entry.value();
            }
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, new Cached<>(value, now.plus(lifetime)));
        }
        return value;
    }
}
