package fr.vigie.collect;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Runs the I/O of several items at once and hands the results back in item order, on the caller's
 * thread: fetches run on virtual threads, at most {@code concurrency} at a time, while whatever
 * consumes the results (mapping, writing to the store, whose connection belongs to one thread) stays
 * serial and in a deterministic order. At most {@code 2 × concurrency} results wait in memory, so a
 * slow item holds back the start of new ones rather than letting finished results pile up.
 */
public final class OrderedFetches {
    private OrderedFetches() {}

    /**
     * Fetches every item and gives {@code consume} each item with its result, in the order of
     * {@code items}. With a concurrency of 1 everything runs on the caller's thread, one item after the
     * other. A fetch's exception is rethrown on the caller's thread when its turn comes.
     */
    public static <T, R> void run(List<T> items, int concurrency, Function<T, R> fetch, BiConsumer<T, R> consume) {
        if (concurrency <= 1) {
            items.forEach(item -> consume.accept(item, fetch.apply(item)));
            return;
        }
        var permits = new Semaphore(concurrency);
        int ahead = 2 * concurrency;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Deque<Future<R>> pending = new ArrayDeque<>();
            int submitted = 0;
            try {
                for (T item : items) {
                    while (submitted < items.size() && pending.size() < ahead) {
                        T next = items.get(submitted++);
                        pending.addLast(threads.submit(() -> {
                            permits.acquire();
                            try {
                                return fetch.apply(next);
                            } finally {
                                permits.release();
                            }
                        }));
                    }
                    consume.accept(item, join(pending.removeFirst()));
                }
            } catch (RuntimeException | Error e) {
                pending.forEach(future -> future.cancel(true));
                throw e;
            }
        }
    }

    private static <R> R join(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CollectFailure("interrupted while waiting for a fetch", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
