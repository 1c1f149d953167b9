package fr.vigie.collect.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.HashtagCollection;
import fr.vigie.collect.HashtagReport;
import fr.vigie.collect.StepClock;
import fr.vigie.collect.TagOutcome;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MastodonHashtagSearchTest {
    private static final String TIMELINE = "/api/v1/timelines/tag/marseille";

    private final WireMockServer instance =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Store store;
    private HashtagCollection collection;

    @BeforeEach
    void start() {
        instance.start();
        store = AccountStoreFixture.withTerritories("13055", "Marseille", "13001", "Marseille 1er");
        StoreInspection.addAccount(store, "13055", "mastodon", null, "marseille@social.marseille.fr");
        StoreInspection.update(
                store,
                "INSERT INTO territory_hashtag (territory_code, tag, source) VALUES ('13055', 'marseille', 'test'),"
                        + " ('13001', 'marseille', 'test')");
        var search = new MastodonHashtagSearch(
                () -> List.of("social.marseille.fr"), host -> instance.baseUrl(), clock.getter());
        collection = new HashtagCollection(store, List.of(search), () -> new Pseudonymiser(new byte[32]));
        instance.stubFor(get(urlPathEqualTo(TIMELINE))
                .withQueryParam("max_id", absent())
                .willReturn(MastodonStubs.json("tag-page-1.json")
                        .withHeader("Link", MastodonStubs.next(TIMELINE, "113499000000000002"))));
        instance.stubFor(get(urlPathEqualTo(TIMELINE))
                .withQueryParam("max_id", equalTo("113499000000000002"))
                .willReturn(MastodonStubs.json("tag-page-2.json")
                        .withHeader("Link", MastodonStubs.next(TIMELINE, "113498000000000003"))));
        instance.stubFor(get(urlPathEqualTo(TIMELINE))
                .withQueryParam("max_id", equalTo("113498000000000003"))
                .willReturn(MastodonStubs.json("tag-page-empty.json")));
    }

    @AfterEach
    void stop() {
        instance.stop();
        store.close();
    }

    private HashtagReport collect(@Nullable Instant since) {
        return collection.collect(List.of("mastodon"), List.of(), since, t -> {});
    }

    @Test
    void storesCitizensStatusesByUriWithPseudonymousAuthorsForTheFirstTerritoryOfTheTag() {
        HashtagReport report = collect(null);

        assertThat(report.tags()).containsExactly(new TagOutcome.Done("mastodon", "marseille", "13001", 3, 1, 2));
        var pseudonyms = new Pseudonymiser(new byte[32]);
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT concat_ws('|', post_id, author_pseudonym, territory_code, type, coalesce(likes, -1),"
                                + " array_to_string(hashtags, ','), source) FROM citizen_post ORDER BY published_at"))
                .containsExactly(
                        pseudonyms.pseudonym(
                                        "mastodon/uri",
                                        "https://social.marseille.fr/users/voisin/statuses/113498000000000003")
                                + "|" + pseudonyms.pseudonym("mastodon", "voisin@social.marseille.fr")
                                + "|13001|text|-1|marseille|collect:mastodon:hashtag",
                        pseudonyms.pseudonym(
                                        "mastodon/uri",
                                        "https://mastodon.social/users/camille/statuses/113500000000000001")
                                + "|" + pseudonyms.pseudonym("mastodon", "camille@mastodon.social")
                                + "|13001|text|2|marseille|collect:mastodon:hashtag");
        // status URIs name their author: they are stored as pseudonyms
        assertThat(StoreInspection.tablesContaining(store, "users/camille")).isEmpty();
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM raw_item WHERE account_id IS NULL"))
                .isEqualTo(3);
        assertThat(StoreInspection.strings(store, "SELECT text FROM citizen_post WHERE likes = 2"))
                .containsExactly("Le marché de Noël 🎄 #Marseille");
    }

    @Test
    void collectingAgainResumesFromTheNewestStoredPostAndAddsNothing() {
        collect(null);

        // resumes from the newest stored post (2026-11-01 08:00) minus a day: page 2 is older, paging stops
        assertThat(collect(null).tags())
                .containsExactly(new TagOutcome.Done("mastodon", "marseille", "13001", 2, 1, 0));
        instance.verify(3 + 2, getRequestedFor(urlPathEqualTo(TIMELINE)));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM citizen_post"))
                .isEqualTo(2);
    }

    @Test
    void stopsPagingAtStatusesOlderThanSince() {
        HashtagReport report = collect(Instant.parse("2026-10-31T00:00:00Z"));

        assertThat(report.tags()).containsExactly(new TagOutcome.Done("mastodon", "marseille", "13001", 2, 1, 1));
        instance.verify(2, getRequestedFor(urlPathEqualTo(TIMELINE)));
    }

    @Test
    void anInstanceRefusingItsTimelineFailsTheTagWithItsName() {
        instance.stubFor(get(urlPathEqualTo(TIMELINE))
                .atPriority(1)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withStatus(401)
                        .withBody("{\"error\":\"This method requires an authenticated user\"}")));

        assertThat(collect(null).tags())
                .singleElement()
                .isInstanceOfSatisfying(
                        TagOutcome.Failed.class,
                        f -> assertThat(f.reason())
                                .contains("social.marseille.fr")
                                .contains("HTTP 401"));
    }
}
