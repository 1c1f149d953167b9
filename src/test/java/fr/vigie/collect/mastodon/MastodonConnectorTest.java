package fr.vigie.collect.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.AccountGone;
import fr.vigie.collect.CollectFailure;
import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.Collected.MentionKind;
import fr.vigie.collect.RawResponse;
import fr.vigie.collect.StepClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MastodonConnectorTest {
    private static final CollectTarget TARGET =
            new CollectTarget("mastodon:@marseille@social.marseille.fr", "marseille@social.marseille.fr", null);

    private final WireMockServer platform =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private MastodonConnector connector;

    @BeforeEach
    void start() {
        platform.start();
        connector = new MastodonConnector(instance -> platform.baseUrl(), clock.getter());
    }

    @AfterEach
    void stop() {
        platform.stop();
    }

    private Collected collect() {
        List<RawResponse> archived = new ArrayList<>();
        connector.fetch(TARGET, null, archived::add);
        return connector.map(TARGET, archived, null, clock.instant());
    }

    @Test
    void theDescendantsOfEachContextBecomeCommentsOfTheirRootStatus() {
        MastodonStubs.wholeAccount(platform);

        List<Collected.Comment> comments = collect().comments();

        assertThat(comments)
                .containsExactly(
                        new Collected.Comment(
                                "113400000000000201",
                                "113400000000000123",
                                null,
                                "110000000000000001",
                                false,
                                Instant.parse("2026-10-20T09:30:00Z"),
                                "@marseille Magnifique 😍",
                                2L),
                        new Collected.Comment(
                                "113400000000000202",
                                "113400000000000123",
                                "113400000000000201",
                                MastodonStubs.OWN_ID,
                                true,
                                Instant.parse("2026-10-20T10:00:00Z"),
                                "Merci !",
                                2L),
                        new Collected.Comment(
                                "113400000000000203",
                                "113400000000000123",
                                null,
                                "110000000000000002",
                                false,
                                Instant.parse("2026-10-20T11:00:00Z"),
                                "Et le Panier ?",
                                null),
                        new Collected.Comment(
                                "113300000000000101",
                                "113300000000000077",
                                null,
                                "110000000000000002",
                                false,
                                Instant.parse("2026-10-15T15:00:00Z"),
                                "Quel programme !",
                                2L));
        platform.verify(2, getRequestedFor(urlPathMatching("/api/v1/statuses/.*/context")));
    }

    @Test
    void aReplyLinksToTheAnsweredAccountAndMentionsToTheOthersAsUserAtInstance() {
        platform.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup")).willReturn(MastodonStubs.json("account.json")));
        platform.stubFor(
                get(urlPathEqualTo(MastodonStubs.STATUSES)).willReturn(MastodonStubs.json("statuses-mentions.json")));

        Collected collected = collect();

        Instant at = Instant.parse("2026-10-28T08:00:00Z");
        assertThat(collected.mentions())
                .containsExactly(
                        new Collected.Mention("113450000000000001", "camille@mastodon.social", MentionKind.REPLY, at),
                        new Collected.Mention(
                                "113450000000000001", "metropole@social.marseille.fr", MentionKind.MENTION, at));
        assertThat(collected.posts())
                .singleElement()
                .satisfies(p -> assertThat(p.publishedAt()).isEqualTo(at));
    }

    @Test
    void aSuspendedAccountIsGone() {
        platform.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup"))
                .willReturn(MastodonStubs.json("account-suspended.json")));

        assertThatThrownBy(this::collect)
                .isInstanceOfSatisfying(
                        AccountGone.class, gone -> assertThat(gone.kind()).isEqualTo(AccountGone.Kind.SUSPENDED));
        platform.verify(0, getRequestedFor(urlPathEqualTo(MastodonStubs.STATUSES)));
    }

    @Test
    void aMovedAccountFailsSayingWhereItMoved() {
        platform.stubFor(
                get(urlPathEqualTo("/api/v1/accounts/lookup")).willReturn(MastodonStubs.json("account-moved.json")));

        assertThatThrownBy(this::collect)
                .isExactlyInstanceOf(CollectFailure.class)
                .hasMessageContaining("has moved to marseille@piaille.fr");
    }
}
