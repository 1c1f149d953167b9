package fr.vigie.discover;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.StepClock;
import fr.vigie.collect.bluesky.BlueskyActorSearch;
import fr.vigie.collect.mastodon.MastodonAccountSearch;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryKind;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DiscoveryTest {
    private static final String ACTORS = """
            {"actors": [
              {"did": "did:plc:fan", "handle": "marseillefan.bsky.social", "displayName": "OM 4ever",
               "description": "Tout sur Marseille"},
              {"did": "did:plc:ville", "handle": "marseille.fr", "displayName": "Ville de Marseille",
               "description": "Compte officiel de la Ville de Marseille. https://www.marseille.fr",
               "followersCount": 5200, "verification": {"verifiedStatus": "valid"}}
            ]}""";
    private static final String MASTODON = """
            {"accounts": [
              {"id": "110000000000000001", "username": "marseille", "acct": "marseille",
               "display_name": "Mairie de Marseille", "note": "<p>Actualités de la mairie</p>",
               "followers_count": 800,
               "fields": [{"name": "Site", "value": "<a href=\\"https://marseille.fr\\" rel=\\"me\\">marseille.fr</a>",
                           "verified_at": "2026-01-05T10:00:00.000+00:00"}]},
              {"id": "7", "username": "lyon", "acct": "lyon@piaille.fr", "display_name": "Lyon", "note": "",
               "fields": []}
            ], "statuses": [], "hashtags": []}""";

    private WireMockServer platform;
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private final Territory marseille = new Territory(
            "13055",
            TerritoryKind.COMMUNE,
            null,
            "Marseille",
            873_076L,
            2023,
            2026,
            null,
            null,
            null,
            "13",
            "93",
            "211300553",
            List.of("13001"));

    @BeforeEach
    void start() {
        platform = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        platform.start();
        platform.stubFor(
                get(urlPathEqualTo("/xrpc/app.bsky.actor.searchActors")).willReturn(okJson(ACTORS)));
        platform.stubFor(get(urlPathEqualTo("/api/v2/search")).willReturn(okJson(MASTODON)));
    }

    @AfterEach
    void stop() {
        platform.stop();
    }

    private Discovery discovery(List<String> instances) {
        return new Discovery(
                List.of(
                        new BlueskyActorSearch(platform.baseUrl(), clock.getter()),
                        new MastodonAccountSearch(instances, instance -> platform.baseUrl(), clock.getter())),
                (network, handle) -> handle.equals("marseille@mastodon.social"));
    }

    @Test
    void ranksTheOfficialAccountsFirstWithTheirEvidence() {
        var report = discovery(List.of("mastodon.social")).discover(marseille, "marseille.fr", List.of(), 10);

        assertThat(report.proposals())
                .extracting(p -> p.candidate().handle())
                .startsWith("marseille.fr", "marseille@mastodon.social");
        var bluesky = report.proposals().getFirst();
        assertThat(bluesky.evidence())
                .containsExactly(
                        "website marseille.fr verified by the platform",
                        "name in the handle",
                        "name in the display name",
                        "says 'ville de'",
                        "verified by the platform");
        assertThat(bluesky.score()).isEqualTo(10);
        assertThat(report.proposals().get(1).registered()).isTrue();
        assertThat(report.proposals().get(1).candidate().platformId()).isEqualTo("110000000000000001");
        assertThat(report.proposals())
                .filteredOn(p -> p.candidate().handle().equals("lyon@piaille.fr"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.score()).isZero();
                    assertThat(p.candidate().platformId())
                            .as("a remote id is the instance's own")
                            .isNull();
                });
    }

    @Test
    void saysWhichNetworksWereNotSearchedAndWhy() {
        var report = discovery(List.of()).discover(marseille, null, List.of(), 10);

        assertThat(report.notSearched()).containsEntry("mastodon", "set VIGIE_MASTODON_SEARCH_INSTANCES");
        assertThat(report.proposals()).extracting(p -> p.candidate().network()).containsOnly("bluesky");
    }

    @Test
    void aWebsiteOnlyMentionedWeighsLessThanAVerifiedOne() {
        var mentioned = new fr.vigie.collect.AccountSearch.Candidate(
                "bluesky",
                "villemarseille.bsky.social",
                null,
                null,
                null,
                List.of("marseille.fr"),
                List.of(),
                false,
                null);

        assertThat(Evidence.of(mentioned, "Marseille", "https://www.marseille.fr/"))
                .containsExactly(
                        new Evidence.Reason("links to marseille.fr", 2), new Evidence.Reason("name in the handle", 2));
        assertThat(Evidence.slug("Saint-Étienne")).isEqualTo("saintetienne");
    }
}
