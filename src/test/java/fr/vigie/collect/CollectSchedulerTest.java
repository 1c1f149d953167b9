package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CollectSchedulerTest {
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private final ScriptedConnector platform = new ScriptedConnector(clock);
    private final LinkedBlockingQueue<CollectScheduler.PassEvent> events = new LinkedBlockingQueue<>();
    private Store store;
    private CollectService service;

    @BeforeEach
    void open() {
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "bluesky", null, "marseille.fr");
        service = new CollectService(store, List.of(platform), () -> new Pseudonymiser(new byte[32]), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private CollectScheduler.PassEvent next() throws InterruptedException {
        var event = events.poll(30, TimeUnit.SECONDS);
        assertThat(event).as("a pass within 30 s").isNotNull();
        return event;
    }

    @Test
    void collectsADueAccountOnceThenWaitsForItsNextRun() throws Exception {
        platform.then("{\"id\": \"did:plc:m\", \"handle\": \"marseille.fr\", \"posts\": []}");
        try (var scheduler = new CollectScheduler(service, List.of(), events::add)) {
            scheduler.start(Duration.ofMillis(20));
            var first = (CollectScheduler.PassEvent.Finished) next();
            var second = (CollectScheduler.PassEvent.Finished) next();

            assertThat(first.report().accounts()).hasSize(1);
            assertThat(second.report().accounts()).isEmpty();
        }
    }

    /** A hashtag search that finds nothing, counting its calls. */
    private static final class QuietSearch implements HashtagSearch {
        int fetches;

        @Override
        public String network() {
            return "bluesky";
        }

        @Override
        public void fetchTag(String tag, @Nullable Instant since, java.util.function.Consumer<RawResponse> archive) {
            fetches++;
            archive.accept(new RawResponse("search", "application/json", "{}".getBytes(), Instant.EPOCH));
        }

        @Override
        public List<CitizenPost> mapTag(String tag, List<RawResponse> responses, @Nullable Instant since) {
            return List.of();
        }
    }

    @Test
    void searchesTheHashtagsAtTheFirstPassThenEveryInterval() {
        StoreInspection.update(store, "INSERT INTO territory_hashtag VALUES ('13055', 'marseille', 'test', false)");
        var search = new QuietSearch();
        var hashtags = new HashtagCollection(store, List.of(search), () -> new Pseudonymiser(new byte[32]));
        try (var scheduler =
                new CollectScheduler(service, hashtags, Duration.ofHours(6), clock, List.of(), events::add)) {
            assertThat(scheduler.hashtagsIfDue()).isNotNull();
            clock.now = clock.now.plus(Duration.ofHours(5));
            assertThat(scheduler.hashtagsIfDue()).isNull();
            clock.now = clock.now.plus(Duration.ofHours(1));
            assertThat(scheduler.hashtagsIfDue()).isNotNull();
        }
        assertThat(search.fetches).isEqualTo(2);
    }

    @Test
    void searchesNoHashtagsWhenTheNetworksServedHaveNoSearch() {
        var hashtags = new HashtagCollection(store, List.of(new QuietSearch()), () -> new Pseudonymiser(new byte[32]));
        try (var scheduler =
                new CollectScheduler(service, hashtags, Duration.ofHours(6), clock, List.of("youtube"), events::add)) {
            assertThat(scheduler.hashtagsIfDue()).isNull();
        }
    }

    @Test
    void aCrashedPassIsReportedAndTheScheduleGoesOn() throws Exception {
        StoreInspection.update(store, "DROP TABLE collect_status");
        try (var scheduler = new CollectScheduler(service, List.of(), events::add)) {
            scheduler.start(Duration.ofMillis(20));

            assertThat(next()).isInstanceOf(CollectScheduler.PassEvent.Crashed.class);
            assertThat(next()).isInstanceOf(CollectScheduler.PassEvent.Crashed.class);
        }
    }
}
