package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.bluesky.FakeBluesky;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectServiceConcurrencyTest {
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Store store;

    @BeforeEach
    void open() {
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        for (String handle : List.of("a.test", "b.test", "c.test", "d.test")) {
            StoreInspection.addAccount(store, "13055", "bluesky", null, handle);
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    /**
     * Fetches on whatever thread it is given: "a.test" finishes only after "d.test" has, which itself
     * waits until "a.test" has started (so both surely run at once), "b.test" fails; records how many
     * fetches ran at once and on which kind of thread.
     */
    private static final class OutOfOrderConnector implements Connector {
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch lastDone = new CountDownLatch(1);
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger mostAtOnce = new AtomicInteger();
        final Set<Boolean> virtualThreads = ConcurrentHashMap.newKeySet();

        @Override
        public String network() {
            return "bluesky";
        }

        @Override
        public void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive) {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            virtualThreads.add(Thread.currentThread().isVirtual());
            try {
                archive.accept(new RawResponse(
                        "profile", "application/json", "{}".getBytes(StandardCharsets.UTF_8), Instant.EPOCH));
                switch (account.handle()) {
                    case "a.test" -> {
                        firstStarted.countDown();
                        await(lastDone);
                    }
                    case "b.test" -> throw new CollectFailure("b.test: HTTP 500 after 3 retries");
                    case "d.test" -> {
                        await(firstStarted);
                        lastDone.countDown();
                    }
                    default -> {}
                }
            } finally {
                running.decrementAndGet();
            }
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await(10, TimeUnit.SECONDS); // a bound, so that a broken run fails instead of hanging
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Collected map(CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant at) {
            return new Collected(
                    new Collected.Snapshot(at, 10L, 1L, 1L),
                    List.of(new Collected.Post(
                            account.handle() + "/1", at, "text", "hello", null, List.of(), at, 1L, null, null, null)));
        }
    }

    private CollectService service(Connector connector, Map<String, String> settings) {
        return new CollectService(
                store,
                List.of(connector),
                () -> new Pseudonymiser(new byte[32]),
                clock,
                CollectLimits.fromEnvironment(settings));
    }

    @Test
    void fetchesAccountsAtOnceOnVirtualThreadsAndReportsThemInAccountOrder() {
        var connector = new OutOfOrderConnector();
        List<String> heard = new java.util.ArrayList<>();

        CollectReport report = service(connector, Map.of("VIGIE_BLUESKY_CONCURRENCY", "4"))
                .collect("bluesky", null, null, outcome -> heard.add(outcome.accountId()));

        assertThat(report.accounts())
                .extracting(AccountOutcome::accountId)
                .containsExactly("bluesky:@a.test", "bluesky:@b.test", "bluesky:@c.test", "bluesky:@d.test");
        assertThat(heard)
                .containsExactlyElementsOf(report.accounts().stream()
                        .map(AccountOutcome::accountId)
                        .toList());
        assertThat(report.accounts().get(1))
                .isEqualTo(new AccountOutcome.Failed("bluesky:@b.test", "b.test: HTTP 500 after 3 retries"));
        assertThat(report.accounts())
                .filteredOn(o -> !o.accountId().equals("bluesky:@b.test"))
                .allSatisfy(o -> assertThat(o).isInstanceOf(AccountOutcome.Done.class));
        assertThat(connector.mostAtOnce.get()).isGreaterThan(1);
        assertThat(connector.virtualThreads).containsExactly(true);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isEqualTo(3);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM raw_item"))
                .isEqualTo(4);
    }

    @Test
    void theFailedAccountKeepsItsArchiveAndFailureWhileTheOthersAreWritten() {
        service(new OutOfOrderConnector(), Map.of("VIGIE_BLUESKY_CONCURRENCY", "4"))
                .collect("bluesky", null, null, outcome -> {});

        assertThat(StoreInspection.strings(store, "SELECT DISTINCT account_id FROM post ORDER BY 1"))
                .containsExactly("bluesky:@a.test", "bluesky:@c.test", "bluesky:@d.test");
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM raw_item WHERE account_id = 'bluesky:@b.test'"))
                .isEqualTo(1);
    }

    @Test
    void accountsBeyondTheRequestBudgetFailAndAreNeverReportedDone() throws Exception {
        try (var bluesky = new FakeBluesky()) {
            bluesky.wholeFeed().wholeFeed();
            var connector = new fr.vigie.collect.bluesky.BlueskyConnector(bluesky.url(), clock.getter());

            CollectReport report = service(
                            connector, Map.of("VIGIE_BLUESKY_MAX_REQUESTS", "4", "VIGIE_BLUESKY_CONCURRENCY", "1"))
                    .collect("bluesky", null, null, outcome -> {});

            assertThat(report.accounts()).hasSize(4);
            assertThat(report.accounts().getFirst()).isInstanceOf(AccountOutcome.Done.class);
            assertThat(report.accounts().subList(1, 4))
                    .allSatisfy(o -> assertThat(o)
                            .isInstanceOfSatisfying(
                                    AccountOutcome.Failed.class,
                                    f -> assertThat(f.reason()).contains("request budget of 4 reached for bluesky")));
            assertThat(bluesky.requests()).hasSize(4);
            assertThat(report.failedCount()).isEqualTo(3);
        }
    }
}
