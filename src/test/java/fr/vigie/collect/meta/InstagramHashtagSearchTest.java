package fr.vigie.collect.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.HashtagCollection;
import fr.vigie.collect.StepClock;
import fr.vigie.collect.TagOutcome;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Instagram hashtag media become citizens' posts without author, through the hashtag collection. */
class InstagramHashtagSearchTest {
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private WireMockServer graph;
    private Store store;

    @BeforeEach
    void start() {
        graph = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        graph.start();
        graph.stubFor(
                get(urlPathEqualTo("/ig_hashtag_search")).willReturn(GraphStubs.fixture("ig-hashtag-search.json")));
        graph.stubFor(get(urlPathEqualTo("/17843857450040591/recent_media"))
                .willReturn(GraphStubs.fixture("ig-hashtag-recent.json")));
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.update(store, "INSERT INTO territory_hashtag VALUES ('13055', 'marseille', 'test', false)");
    }

    @AfterEach
    void stop() {
        graph.stop();
        store.close();
    }

    private List<TagOutcome> collect() {
        return collection()
                .collect(List.of("instagram"), List.of(), null, outcome -> {})
                .tags();
    }

    private HashtagCollection collection() {
        var search = new InstagramHashtagSearch(
                new InstagramHashtags(
                        graph.baseUrl(),
                        GraphStubs.TOKEN,
                        GraphStubs.BUSINESS_ID,
                        clock.getter(),
                        clock.sleeps::add,
                        HashtagBudget.fromArchive(store, clock)),
                null);
        return new HashtagCollection(store, List.of(search), () -> new Pseudonymiser(new byte[32]));
    }

    @Test
    void storesTheMediaAsCitizensPostsOfUnknownAuthorOnce() {
        assertThat(collect()).containsExactly(new TagOutcome.Done("instagram", "marseille", "13055", 2, 0, 2));
        collect();

        assertThat(StoreInspection.strings(
                        store,
                        "SELECT post_id || ' ' || author_pseudonym || ' ' || coalesce(likes, -1) FROM citizen_post"
                                + " ORDER BY post_id"))
                .containsExactly("18112233445566001 unknown -1", "18112233445566778 unknown 41");
    }

    @Test
    void remapRebuildsTheCitizensPostsFromTheArchivedSearchesWithoutRequests() {
        collect();
        String query = "SELECT post_id || ' ' || territory_code || ' ' || coalesce(likes, -1) FROM citizen_post"
                + " ORDER BY post_id";
        List<String> collected = StoreInspection.strings(store, query);
        StoreInspection.update(store, "DELETE FROM citizen_post WHERE likes = 41");
        int requests = graph.getAllServeEvents().size();

        assertThat(collection().remap("instagram", outcome -> {}))
                .containsExactly(new TagOutcome.Done("instagram", "marseille", "13055", 2, 0, 2));
        assertThat(StoreInspection.strings(store, query)).isEqualTo(collected);
        assertThat(StoreInspection.strings(store, "SELECT DISTINCT subject FROM raw_item"))
                .containsExactly("#marseille");
        assertThat(graph.getAllServeEvents()).hasSize(requests);
    }
}
