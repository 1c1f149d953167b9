package fr.vigie.collect.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.AccountOutcome;
import fr.vigie.collect.CollectReport;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.StepClock;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class InstagramCollectTest {
    private static final String ACCOUNT = "instagram:@marseille";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private WireMockServer graph;
    private Store store;
    private CollectService service;

    @BeforeEach
    void open() {
        graph = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        graph.start();
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "instagram", null, "marseille");
        var connector = new InstagramConnector(
                graph.baseUrl(), GraphStubs.TOKEN, GraphStubs.BUSINESS_ID, clock.getter(), clock.sleeps::add);
        service = new CollectService(store, List.of(connector), () -> new Pseudonymiser(new byte[32]), clock);
    }

    @AfterEach
    void close() {
        graph.stop();
        store.close();
    }

    private CollectReport collect(Instant since) {
        return service.collect("instagram", null, since, outcome -> {});
    }

    private List<String> strings(String sql) {
        return StoreInspection.strings(store, sql);
    }

    @Test
    void collectsTheProfileAndMediaOfBothPagesWithExactIdsAndTypes() {
        GraphStubs.instagramAccount(graph);

        assertThat(collect(null).accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 3, 0, 0));

        assertThat(strings("SELECT concat_ws('|', followers, following, posts_count) FROM account_snapshot"))
                .containsExactly("250123|312|1843");
        assertThat(strings("SELECT platform_id FROM account")).containsExactly(GraphStubs.IG_USER);
        assertThat(strings("SELECT concat_ws('|', post_id, type, published_at, array_to_string(hashtags, ','))"
                        + " FROM post ORDER BY published_at DESC"))
                .containsExactly(
                        "18045678901234567|reel|2026-10-21 18:45:00|marseille",
                        "18045678901234001|photo|2026-10-19 08:00:00|",
                        "17990011223344556|photo|2026-10-12 12:30:00|journeesdupatrimoine");
        // the ids are beyond 2^53: read as doubles they would change
        assertThat((long) (double) 18045678901234567L).isNotEqualTo(18045678901234567L);
        assertThat(strings("SELECT concat_ws('|', post_id, coalesce(likes, -1), coalesce(comments, -1),"
                        + " coalesce(shares, -1)) FROM post_metric ORDER BY post_id"))
                .containsExactly(
                        "17990011223344556|980|14|-1", "18045678901234001|-1|12|-1", "18045678901234567|5321|87|-1");
        assertThat(strings("SELECT text FROM post WHERE post_id = '18045678901234001'"))
                .containsExactly("Le marché de Noël ouvre samedi \uD83C\uDF84");
    }

    @Test
    void pagesWithAfterInsideTheFieldExpansionThroughTheObservatorysAccount() {
        GraphStubs.instagramAccount(graph);
        collect(null);

        assertThat(graph.getAllServeEvents())
                .extracting(e -> e.getRequest().queryParameter("fields").firstValue())
                .containsExactlyInAnyOrder(
                        "business_discovery.username(marseille){" + InstagramConnector.PROFILE_FIELDS
                                + ",media.limit(50)" + InstagramConnector.MEDIA_FIELDS + "}",
                        "business_discovery.username(marseille){media.limit(50).after(QVFIUmlnYWZ0ZXIx)"
                                + InstagramConnector.MEDIA_FIELDS + "}");
        assertThat(graph.getAllServeEvents())
                .allSatisfy(e -> assertThat(e.getRequest().getUrl()).startsWith("/" + GraphStubs.BUSINESS_ID + "?"));
    }

    @Test
    void stopsPagingAtMediaOlderThanSince() {
        GraphStubs.instagramAccount(graph);

        assertThat(collect(Instant.parse("2026-10-20T00:00:00Z")).accounts())
                .containsExactly(new AccountOutcome.Done(ACCOUNT, 1, 1, 0, 0));
        assertThat(graph.getAllServeEvents()).hasSize(1);
    }

    @Test
    void collectingAgainAddsNoPostButANewObservation() {
        GraphStubs.instagramAccount(graph);
        collect(null);
        clock.now = clock.now.plus(Duration.ofHours(6));

        assertThat(collect(null).accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 3, 0, 0, 0));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post_metric"))
                .isEqualTo(6);
    }

    @Test
    void anUnknownOrPersonalUsernameIsRecordedAsNotFound() {
        graph.stubFor(get(anyUrl()).willReturn(GraphStubs.error(400, 110, 2207013, "Invalid user id")));

        assertThat(collect(null).accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class,
                        f -> assertThat(f.reason()).contains("no Instagram professional account"));
        assertThat(strings("SELECT kind FROM account_event")).containsExactly("not_found");
    }

    @Test
    void theBusinessAccountIdIsASettingNamedWhenMissing() {
        assertThat(InstagramConnector.fromEnvironment(Map.of("VIGIE_META_ACCESS_TOKEN", "t"), clock.getter())
                        .missingSetting())
                .isEqualTo("VIGIE_INSTAGRAM_BUSINESS_ID");
        assertThat(InstagramConnector.fromEnvironment(Map.of(), clock.getter()).missingSetting())
                .isEqualTo("VIGIE_META_ACCESS_TOKEN");
        assertThat(InstagramConnector.fromEnvironment(
                                Map.of("VIGIE_META_ACCESS_TOKEN", "t", "VIGIE_INSTAGRAM_BUSINESS_ID", "1784"),
                                clock.getter())
                        .missingSetting())
                .isNull();
    }
}
