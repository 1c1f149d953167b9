package fr.vigie.collect.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.AccountOutcome;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.StepClock;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BlueskyCommentsCollectTest {
    private static final String ACCOUNT = "bluesky:@marseille.fr";

    private final WireMockServer platform =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Store store;
    private CollectService service;

    @BeforeEach
    void start() {
        platform.start();
        BlueskyStubs.wholeAccount(platform);
        store = AccountStoreFixture.withTerritories("13055", "Marseille", "13", "Bouches-du-Rhône");
        StoreInspection.addAccount(store, "13055", "bluesky", null, "marseille.fr");
        StoreInspection.addAccount(store, "13", "bluesky", null, "prefet13.bsky.social");
        service = new CollectService(
                store,
                List.of(new BlueskyConnector(platform.baseUrl(), clock.getter())),
                () -> new Pseudonymiser(new byte[32]),
                clock);
    }

    @AfterEach
    void stop() {
        platform.stop();
        store.close();
    }

    private AccountOutcome collectMarseille() {
        return service.collect("bluesky", "13055", null, o -> {}).accounts().getFirst();
    }

    @Test
    void storesRepliesWithPseudonymousCitizensAndTheAccountsOwnAnswer() {
        assertThat(collectMarseille()).isEqualTo(new AccountOutcome.Done(ACCOUNT, 3, 3, 3, 3));

        assertThat(StoreInspection.strings(
                        store, "SELECT author_pseudonym || '|' || from_account FROM comment ORDER BY published_at"))
                .containsExactly(
                        new Pseudonymiser(new byte[32]).pseudonym("bluesky", "did:plc:citoyenxxxxxxxxxxxxxxxxx")
                                + "|false",
                        "account|true",
                        new Pseudonymiser(new byte[32]).pseudonym("bluesky", "did:plc:autrecitoyenxxxxxxxxxxxx")
                                + "|false");
        assertThat(StoreInspection.strings(
                        store, "SELECT kind || '>' || to_handle FROM mention ORDER BY kind, to_handle"))
                .hasSize(4)
                .contains("reply>prefet13.bsky.social", "repost>prefet13.bsky.social")
                .doesNotContain("mention>citoyen.bsky.social");
        // reply URIs carry their author's DID: stored with the author's pseudonym instead
        assertThat(StoreInspection.tablesContaining(store, "did:plc:citoyen")).isEmpty();
        assertThat(
                        StoreInspection.count(
                                store,
                                "SELECT count(*) FROM comment WHERE NOT from_account AND comment_id LIKE 'at://c\\_%' ESCAPE '\\'"))
                .isEqualTo(2);
    }

    @Test
    void collectingAgainAddsNoPostNoCommentAndNoMention() {
        collectMarseille();
        clock.now = clock.now.plus(Duration.ofHours(6));

        assertThat(collectMarseille()).isEqualTo(new AccountOutcome.Done(ACCOUNT, 3, 0, 3, 0));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM comment")).isEqualTo(3);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM mention")).isEqualTo(4);
    }
}
