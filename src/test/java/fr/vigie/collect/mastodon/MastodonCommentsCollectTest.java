package fr.vigie.collect.mastodon;

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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MastodonCommentsCollectTest {
    private static final String ACCOUNT = "mastodon:@marseille@social.marseille.fr";

    private final WireMockServer platform =
            new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Store store;
    private CollectService service;

    @BeforeEach
    void start() {
        platform.start();
        MastodonStubs.wholeAccount(platform);
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "mastodon", null, "marseille@social.marseille.fr");
        service = new CollectService(
                store,
                List.of(new MastodonConnector(instance -> platform.baseUrl(), clock.getter())),
                () -> new Pseudonymiser(new byte[32]),
                clock);
    }

    @AfterEach
    void stop() {
        platform.stop();
        store.close();
    }

    @Test
    void storesRepliesPseudonymisedAndARerunAddsNone() {
        assertThat(service.collect("mastodon", null, null, o -> {}).accounts())
                .containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 3, 4, 4));
        assertThat(StoreInspection.count(
                        store, "SELECT count(*) FROM comment WHERE author_pseudonym LIKE 'c\\_%' ESCAPE '\\'"))
                .isEqualTo(3);
        assertThat(StoreInspection.strings(store, "SELECT author_pseudonym FROM comment WHERE from_account"))
                .containsExactly("account");
        assertThat(StoreInspection.tablesContaining(store, "110000000000000001"))
                .isEmpty();

        assertThat(service.collect("mastodon", null, null, o -> {}).accounts())
                .containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 0, 4, 0));
    }
}
