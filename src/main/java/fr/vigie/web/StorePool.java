package fr.vigie.web;

import fr.vigie.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * A few connections to the store for the web requests: a Store serves one thread at a time, so each
 * request borrows one for the time of its queries and gives it back. The connections are duplicates
 * of the workspace's store (same database, own transactions); the pool never closes the original.
 */
public final class StorePool implements AutoCloseable {
    private final BlockingQueue<Store> idle;
    private final List<Store> all = new ArrayList<>();

    public StorePool(Store store, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a pool needs at least one connection");
        }
        this.idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            Store connection = store.duplicate();
            all.add(connection);
            idle.add(connection);
        }
    }

    /** Runs the work with a connection of its own, waiting for one to be free. */
    public <T> T read(Function<Store, T> work) {
        Store store;
        try {
            store = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a store connection", e);
        }
        try {
            return work.apply(store);
        } finally {
            idle.add(store);
        }
    }

    @Override
    public void close() {
        all.forEach(Store::close);
    }
}
