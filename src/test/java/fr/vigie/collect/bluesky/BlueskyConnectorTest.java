package fr.vigie.collect.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.AccountGone;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlueskyConnectorTest {
    private static final String CITIZEN = "did:plc:citoyenxxxxxxxxxxxxxxxxx";
    private static final CollectTarget TARGET = new CollectTarget("bluesky:@marseille.fr", "marseille.fr", null);

    private final WireMockServer platform =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private BlueskyConnector connector;

    @BeforeEach
    void start() {
        platform.start();
        connector = new BlueskyConnector(platform.baseUrl(), clock.getter());
    }

    @AfterEach
    void stop() {
        platform.stop();
    }

    private Collected collect(Instant since) {
        List<RawResponse> archived = new ArrayList<>();
        connector.fetch(TARGET, since, archived::add);
        return connector.map(TARGET, archived, since, clock.instant());
    }

    @Test
    void everyVisibleReplyOfTheThreadTreeBecomesACommentOfTheRootPost() {
        BlueskyStubs.wholeAccount(platform);

        List<Collected.Comment> comments = collect(null).comments();

        assertThat(comments)
                .containsExactly(
                        new Collected.Comment(
                                "at://" + CITIZEN + "/app.bsky.feed.post/3kcit1",
                                BlueskyStubs.FETE,
                                null,
                                CITIZEN,
                                false,
                                Instant.parse("2026-10-25T09:00:00Z"),
                                "À quelle heure le feu d'artifice ? 🎆",
                                4L),
                        new Collected.Comment(
                                "at://" + BlueskyStubs.DID + "/app.bsky.feed.post/3kanswer",
                                BlueskyStubs.FETE,
                                "at://" + CITIZEN + "/app.bsky.feed.post/3kcit1",
                                BlueskyStubs.DID,
                                true,
                                Instant.parse("2026-10-25T09:40:00Z"),
                                "22h au Vieux-Port !",
                                6L),
                        new Collected.Comment(
                                "at://did:plc:autrecitoyenxxxxxxxxxxxx/app.bsky.feed.post/3kcit2",
                                BlueskyStubs.FETE,
                                null,
                                "did:plc:autrecitoyenxxxxxxxxxxxx",
                                false,
                                Instant.parse("2026-10-25T10:00:00Z"),
                                "Super !",
                                null));
        platform.verify(1, getRequestedFor(urlPathEqualTo("/xrpc/app.bsky.feed.getPostThread")));
    }

    @Test
    void mentionsAreSlicedFromUtf8BytesAfterAnEmojiAndRepostsAndRepliesLinkTheOtherAuthor() {
        BlueskyStubs.wholeAccount(platform);

        List<Collected.Mention> mentions = collect(null).mentions();

        Instant fete = Instant.parse("2026-10-25T08:00:00Z");
        assertThat(mentions)
                .containsExactlyInAnyOrder(
                        new Collected.Mention(BlueskyStubs.FETE, "citoyen.bsky.social", MentionKind.MENTION, fete),
                        new Collected.Mention(BlueskyStubs.FETE, "ot-marseille.fr", MentionKind.MENTION, fete),
                        new Collected.Mention(
                                "at://" + BlueskyStubs.DID + "/app.bsky.feed.repost/3krepost",
                                "prefet13.bsky.social",
                                MentionKind.REPOST,
                                Instant.parse("2026-10-24T13:00:00Z")),
                        new Collected.Mention(
                                "at://" + BlueskyStubs.DID + "/app.bsky.feed.post/3kreply",
                                "prefet13.bsky.social",
                                MentionKind.REPLY,
                                Instant.parse("2026-10-24T13:05:00Z")));
    }

    @Test
    void postsKeepTagFacetsAndPlainTextTagsAndAPinnedPostIsNotCountedTwice() {
        BlueskyStubs.wholeAccount(platform);

        Collected collected = collect(null);

        assertThat(collected.posts())
                .extracting(Collected.Post::postId)
                .containsExactly(
                        BlueskyStubs.FETE,
                        "at://" + BlueskyStubs.DID + "/app.bsky.feed.post/3kreply",
                        "at://" + BlueskyStubs.DID + "/app.bsky.feed.post/3knocounts2");
        Collected.Post fete = collected.posts().getFirst();
        assertThat(fete.hashtags()).containsExactly("fêteduport", "marseille");
        assertThat(fete.publishedAt()).isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
        Collected.Post noCounts = collected.posts().getLast();
        assertThat(noCounts.type()).isEqualTo("link");
        assertThat(noCounts.likes()).isNull();
        assertThat(noCounts.comments()).isNull();
    }

    @Test
    void asksNoThreadOfPostsBeforeSince() {
        BlueskyStubs.wholeAccount(platform);

        Collected collected = collect(Instant.parse("2026-10-26T00:00:00Z"));

        assertThat(collected.posts()).isEmpty();
        assertThat(collected.comments()).isEmpty();
        platform.verify(0, getRequestedFor(urlPathEqualTo("/xrpc/app.bsky.feed.getPostThread")));
    }

    @Test
    void aThreadDeletedSinceTheFeedWasReadIsSkipped() {
        BlueskyStubs.wholeAccount(platform);
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.feed.getPostThread"))
                .atPriority(1)
                .willReturn(BlueskyStubs.error(400, "NotFound", "Post not found: " + BlueskyStubs.FETE)));

        Collected collected = collect(null);

        assertThat(collected.posts()).hasSize(3);
        assertThat(collected.comments()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "InvalidRequest, Profile not found, NOT_FOUND",
        "AccountTakedown, Account has been suspended, SUSPENDED",
        "AccountDeactivated, Account is deactivated, DEACTIVATED"
    })
    void recognisesGoneAccountsFromTheAppViewsErrors(String error, String message, AccountGone.Kind kind) {
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile"))
                .willReturn(BlueskyStubs.error(400, error, message)));

        assertThatThrownBy(() -> connector.fetch(TARGET, null, r -> {}))
                .isInstanceOfSatisfying(
                        AccountGone.class, gone -> assertThat(gone.kind()).isEqualTo(kind))
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining(error);
    }
}
