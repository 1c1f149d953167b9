package fr.vigie.collect;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Runs collection passes on a fixed tick, each collecting only the accounts that are due: every
 * account carries its next run (see {@link Cadence}: hourly for an account that posts daily, weekly
 * for a dormant one, backing off after failures), so the tick only decides how late a due account
 * may start. The territories' hashtags are searched at the first pass and then every
 * {@code hashtagsEvery} (Instagram's hashtag search covers 24 hours only: keep it under a day). One
 * pass at a time, on one thread (the store is not shared across threads); a pass that throws is
 * reported and the next tick tries again.
 */
public final class CollectScheduler implements AutoCloseable {
    /** What a pass tells its listener. */
    public sealed interface PassEvent {
        record Finished(CollectReport report) implements PassEvent {}

        record HashtagsFinished(HashtagReport report) implements PassEvent {}

        record Crashed(String reason) implements PassEvent {}
    }

    private final CollectService service;
    private final @Nullable HashtagCollection hashtags;
    private final Duration hashtagsEvery;
    private final Clock clock;
    private final List<String> networks;
    private final Consumer<PassEvent> listener;
    private @Nullable Instant lastHashtags;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("vigie-collect").daemon(true).factory());

    /** A scheduler of account collection only. */
    public CollectScheduler(CollectService service, List<String> networks, Consumer<PassEvent> listener) {
        this(service, null, Duration.ofDays(1), Clock.systemUTC(), networks, listener);
    }

    /** A scheduler of accounts and, every {@code hashtagsEvery}, of the territories' hashtags. */
    public CollectScheduler(
            CollectService service,
            @Nullable HashtagCollection hashtags,
            Duration hashtagsEvery,
            Clock clock,
            List<String> networks,
            Consumer<PassEvent> listener) {
        this.service = service;
        this.hashtags = hashtags;
        this.hashtagsEvery = hashtagsEvery;
        this.clock = clock;
        this.networks = List.copyOf(networks);
        this.listener = listener;
    }

    /** Starts passes now and then every {@code tick}. */
    public void start(Duration tick) {
        executor.scheduleWithFixedDelay(this::pass, 0, tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One pass over the due accounts, on the caller's thread. */
    public CollectReport runOnce() {
        return service.collect(new CollectRequest(networks, null, null, true), outcome -> {});
    }

    /** The hashtags' search when it is due, on the caller's thread; null when it is not. */
    public @Nullable HashtagReport hashtagsIfDue() {
        Instant now = clock.instant();
        if (hashtags == null || (lastHashtags != null && now.isBefore(lastHashtags.plus(hashtagsEvery)))) {
            return null;
        }
        lastHashtags = now;
        List<String> searchable =
                networks.stream().filter(hashtags.networks()::contains).toList();
        if (!networks.isEmpty() && searchable.isEmpty()) {
            return null; // none of the networks served has a hashtag search
        }
        return hashtags.collect(searchable, List.of(), null, tag -> {});
    }

    private void pass() {
        try {
            listener.accept(new PassEvent.Finished(runOnce()));
            HashtagReport tags = hashtagsIfDue();
            if (tags != null) {
                listener.accept(new PassEvent.HashtagsFinished(tags));
            }
        } catch (RuntimeException e) {
            // a crashed pass must not stop the schedule: report it, try again at the next tick
            listener.accept(new PassEvent.Crashed(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** Stops scheduling and waits for a running pass to end. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
