package fr.vigie.collect.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.StepClock;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstagramHashtagsTest {
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private WireMockServer graph;

    @BeforeEach
    void start() {
        graph = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        graph.start();
        graph.stubFor(
                get(urlPathEqualTo("/ig_hashtag_search")).willReturn(GraphStubs.fixture("ig-hashtag-search.json")));
        graph.stubFor(get(urlPathEqualTo("/17843857450040591/recent_media"))
                .willReturn(GraphStubs.fixture("ig-hashtag-recent.json")));
    }

    @AfterEach
    void stop() {
        graph.stop();
    }

    private InstagramHashtags hashtags(HashtagBudget budget) {
        return new InstagramHashtags(
                graph.baseUrl(), GraphStubs.TOKEN, GraphStubs.BUSINESS_ID, clock.getter(), clock.sleeps::add, budget);
    }

    private static Set<String> tags(int count) {
        Set<String> tags = new HashSet<>();
        IntStream.range(0, count).forEach(i -> tags.add("tag" + i));
        return tags;
    }

    @Test
    void searchesTheHashtagThenMapsItsRecentMediaWithoutAuthor() {
        var search = hashtags(new HashtagBudget(clock, since -> Set.of()));
        List<RawResponse> archived = new ArrayList<>();

        search.fetch("#Marseille", null, archived::add);

        assertThat(archived)
                .extracting(RawResponse::endpoint)
                .containsExactly("ig_hashtag_search:marseille", "hashtag/recent_media");
        assertThat(graph.getAllServeEvents())
                .allSatisfy(
                        e -> assertThat(e.getRequest().queryParameter("user_id").firstValue())
                                .isEqualTo(GraphStubs.BUSINESS_ID));
        assertThat(search.map(archived))
                .containsExactly(
                        new HashtagMedia(
                                "18112233445566778",
                                "marseille",
                                Instant.parse("2026-10-31T17:02:00Z"),
                                "photo",
                                "Ma photo du Vieux-Port \uD83D\uDCF7 #marseille #vieuxport",
                                "https://www.instagram.com/p/C2h7g6f5e4d/",
                                List.of("marseille", "vieuxport"),
                                41L,
                                3L),
                        new HashtagMedia(
                                "18112233445566001",
                                "marseille",
                                Instant.parse("2026-10-31T09:40:00Z"),
                                "video",
                                "Le mistral ce soir #Marseille",
                                "https://www.instagram.com/p/C2h7g6f5e00/",
                                List.of("marseille"),
                                null,
                                0L));
    }

    @Test
    void refusesThe31stUniqueHashtagOfTheWeekBeforeAnyRequest() {
        var search = hashtags(new HashtagBudget(clock, since -> tags(30)));

        assertThatThrownBy(() -> search.fetch("marseille", null, r -> {}))
                .isInstanceOf(CollectFailure.class)
                .hasMessageContaining("30 unique hashtags per 7 days")
                .hasMessageContaining("#marseille is refused");
        assertThat(graph.getAllServeEvents()).isEmpty();
    }

    @Test
    void aHashtagAlreadySearchedThisWeekCostsNothing() {
        Set<String> searched = tags(29);
        searched.add("marseille");
        var search = hashtags(new HashtagBudget(clock, since -> searched));

        search.fetch("Marseille", null, r -> {});

        assertThat(graph.getAllServeEvents()).hasSize(2);
    }

    @Test
    void theBudgetCountsThisProcesssSearchesAndForgetsThemAfterSevenDays() {
        var budget = new HashtagBudget(clock, since -> tags(28));
        budget.reserve("marseille");
        budget.reserve("marseille");
        budget.reserve("vieuxport");

        assertThat(budget.remaining()).isZero();
        assertThatThrownBy(() -> budget.reserve("calanques")).isInstanceOf(CollectFailure.class);
        clock.now = clock.now.plus(Duration.ofDays(7)).plusSeconds(1);
        assertThat(budget.remaining()).isEqualTo(2);
    }

    @Test
    void theBudgetReadsTheSearchesArchivedInTheLastSevenDays() {
        try (Store store = Store.inMemory()) {
            var raw = new RawItemTable(store);
            long fetch = raw.newFetch();
            byte[] body = "{\"data\":[]}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            raw.archive(
                    fetch,
                    "instagram",
                    "ig_hashtag_search:marseille",
                    null,
                    clock.now.minus(Duration.ofDays(1)),
                    null,
                    body,
                    "collect:instagram");
            raw.archive(
                    fetch,
                    "instagram",
                    "ig_hashtag_search:marseille",
                    null,
                    clock.now.minus(Duration.ofDays(2)),
                    null,
                    body,
                    "collect:instagram");
            raw.archive(
                    fetch,
                    "instagram",
                    "ig_hashtag_search:calanques",
                    null,
                    clock.now.minus(Duration.ofDays(8)),
                    null,
                    body,
                    "collect:instagram");
            raw.archive(fetch, "instagram", "hashtag/recent_media", null, clock.now, null, body, "collect:instagram");

            assertThat(HashtagBudget.fromArchive(store, clock).searchedInWindow())
                    .containsExactly("marseille");
        }
    }
}
