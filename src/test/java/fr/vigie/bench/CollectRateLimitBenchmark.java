package fr.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectLimits;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.OrderedFetches;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.bluesky.BlueskyConnector;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A long Bluesky collection through the real BlueskyConnector and HttpGetter, fetched as CollectService
 * does (OrderedFetches: virtual threads, results mapped in account order on the caller's thread), against a local AppView that enforces Bluesky's limit scaled down: 3,000 requests per 5
 * minutes becomes {@code bench.limit} (300) per {@code bench.window} (3) seconds, i.e. 100 requests/s.
 * Prints the rate achieved against the rate allowed (target ≥ 0.95) and the 429 received (target 0).
 * Each account costs 3 requests (profile, two feed pages). With {@code -Dbench.store=true} the whole
 * CollectService runs, writing to an in-memory store: the writer then bounds the rate (see the
 * README). Run by bench/collect-rate-limit.sh.
 */
@Tag("bench")
class CollectRateLimitBenchmark {
    @Test
    void usesTheAllowedRateWithoutBeingRefused() throws Exception {
        int limit = Integer.getInteger("bench.limit", 300);
        int window = Integer.getInteger("bench.window", 3);
        int accounts = Integer.getInteger("bench.accounts", 1_500);
        int concurrency = Integer.getInteger("bench.concurrency", CollectLimits.DEFAULT_CONCURRENCY);
        try (var platform = new LocalBluesky(limit, window);
                Store store = AccountStoreFixture.withTerritories("13055", "Marseille")) {
            boolean throughStore = Boolean.getBoolean("bench.store");
            for (int i = 0; throughStore && i < accounts; i++) {
                StoreInspection.addAccount(store, "13055", "bluesky", null, handle(i));
            }
            var http = new HttpGetter(HttpClient.newHttpClient(), Clock.systemUTC(), Thread::sleep);
            var connector = new BlueskyConnector(platform.url(), http);
            var service = new CollectService(
                    store,
                    List.of(connector),
                    () -> new Pseudonymiser(new byte[32]),
                    Clock.systemUTC(),
                    CollectLimits.fromEnvironment(Map.of("VIGIE_BLUESKY_CONCURRENCY", Integer.toString(concurrency))));
            List<CollectTarget> targets = IntStream.range(0, accounts)
                    .mapToObj(i -> new CollectTarget("bluesky:@" + handle(i), handle(i), null))
                    .toList();
            var failed = new AtomicInteger();
            var posts = new AtomicLong();

            // start on a window boundary, so that the first window is a whole one like the others
            long windowMillis = platform.windowMillis();
            Thread.sleep(windowMillis - System.currentTimeMillis() % windowMillis);
            long started = System.nanoTime();
            if (throughStore) {
                failed.set(service.collect("bluesky", null, null, outcome -> {}).failedCount());
            } else {
                OrderedFetches.run(targets, concurrency, target -> fetch(connector, target), (target, responses) -> {
                    if (responses.isEmpty()) {
                        failed.incrementAndGet();
                    } else {
                        posts.addAndGet(connector
                                .map(
                                        target,
                                        responses,
                                        null,
                                        responses.getFirst().fetchedAt())
                                .posts()
                                .size());
                    }
                });
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            double allowed = (double) limit / window;
            double achieved = platform.served.get() / seconds;
            System.out.printf(
                    Locale.ROOT,
                    "rate-limited collection (%s): %,d accounts (%,d failed), %,d requests in %.1f s,"
                            + " concurrency %d%n"
                            + "  achieved %.1f requests/s, allowed %.1f (%d per %d s): ratio %.3f (target >= 0.95)%n"
                            + "  429 received: %d (target 0); most requests in flight at the server: %d%n",
                    throughStore ? "CollectService, in-memory store" : "fetch and map, no store",
                    accounts,
                    failed.get(),
                    platform.served.get(),
                    seconds,
                    concurrency,
                    achieved,
                    allowed,
                    limit,
                    window,
                    achieved / allowed,
                    platform.refused.get(),
                    platform.mostInFlight.get());
            assertThat(failed.get()).isZero();
        }
    }

    private static String handle(int i) {
        return String.format(Locale.ROOT, "a%05d.bench", i);
    }

    /** The responses of one account, or none when its fetch failed (the failure is printed). */
    private static List<RawResponse> fetch(BlueskyConnector connector, CollectTarget target) {
        List<RawResponse> responses = new ArrayList<>();
        try {
            connector.fetch(target, null, responses::add);
            return responses;
        } catch (CollectFailure e) {
            System.err.println(target.handle() + ": " + e.getMessage());
            return List.of();
        }
    }
}
