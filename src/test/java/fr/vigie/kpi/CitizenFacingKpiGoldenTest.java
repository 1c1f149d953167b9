package fr.vigie.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.VigieException;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The KPIs added by methodology 1.1, on a tiny hand-written store with hand-computed values. */
class CitizenFacingKpiGoldenTest {
    private static final String FIXTURE = """
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year) VALUES
              ('T1', 'commune', 'Alpha', 10000, 2022, 2026), ('T2', 'commune', 'Zero', 0, 2022, 2026),
              ('T3', 'commune', 'Silent', 500, 2022, 2026), ('T4', 'commune', 'Unsearched', 800, 2022, 2026);
            INSERT INTO territory_hashtag (territory_code, tag, source) VALUES ('T1', 'alpha', 't'), ('T3', 'silent', 't');
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source) VALUES
              ('facebook:a', 'T1', 'facebook', 'a', 'official', 'active', 't'),
              ('instagram:a', 'T1', 'instagram', 'a', 'official', 'active', 't'),
              ('instagram:t', 'T1', 'instagram', 't', 'thematic', 'active', 't'),
              ('bluesky:s', 'T2', 'bluesky', 's', 'official', 'active', 't'),
              ('x:z', 'T3', 'x', 'z', 'official', 'active', 't');
            INSERT INTO account_snapshot (account_id, observed_at, followers, following, source) VALUES
              ('facebook:a', '2026-10-01 10:00:00', 1000, 100, 't'), ('facebook:a', '2026-10-20 10:00:00', 800, 200, 't'),
              ('instagram:a', '2026-10-02 10:00:00', 500, 0, 't'),
              ('bluesky:s', '2026-10-03 10:00:00', 300, 50, 't'),
              ('x:z', '2026-10-04 10:00:00', 90, NULL, 't');
            INSERT INTO post (network, post_id, account_id, published_at, type, source) VALUES
              ('facebook', 'p1', 'facebook:a', '2026-10-05 10:00:00', 'photo', 't'),
              ('facebook', 'p2', 'facebook:a', '2026-10-06 10:00:00', 'video', 't'),
              ('facebook', 'p3', 'facebook:a', '2026-10-07 10:00:00', 'reel', 't'),
              ('facebook', 'p4', 'facebook:a', '2026-10-08 10:00:00', 'text', 't'),
              ('facebook', 'p0', 'facebook:a', '2026-09-20 10:00:00', 'video', 't'),
              ('instagram', 'q1', 'instagram:a', '2026-10-09 10:00:00', 'live', 't'),
              ('instagram', 't1', 'instagram:t', '2026-10-09 10:00:00', 'photo', 't'),
              ('bluesky', 's1', 'bluesky:s', '2026-10-10 10:00:00', 'text', 't');
            -- under p1, citizens' comments c1..c5 answered after 0.17 h, 0.75 h, 2 h, 20 h and 0.88 h
            -- (c1 answered twice: the first reply counts); c6 never answered; c7 answered after 200 h
            -- (beyond 7 days); c8 answered by a reply posted directly under the post (not threaded)
            INSERT INTO comment (network, comment_id, post_id, parent_comment_id, author_pseudonym, from_account, published_at, source) VALUES
              ('facebook', 'c1', 'p1', NULL, 'u1', false, '2026-10-05 12:00:00', 't'),
              ('facebook', 'r1', 'p1', 'c1', 'a', true, '2026-10-05 12:10:12', 't'),
              ('facebook', 'r1b', 'p1', 'c1', 'a', true, '2026-10-05 17:00:00', 't'),
              ('facebook', 'c2', 'p1', NULL, 'u2', false, '2026-10-05 12:00:00', 't'),
              ('facebook', 'r2', 'p1', 'c2', 'a', true, '2026-10-05 12:45:00', 't'),
              ('facebook', 'c3', 'p1', NULL, 'u3', false, '2026-10-05 12:00:00', 't'),
              ('facebook', 'r3', 'p1', 'c3', 'a', true, '2026-10-05 14:00:00', 't'),
              ('facebook', 'c4', 'p1', NULL, 'u4', false, '2026-10-05 12:00:00', 't'),
              ('facebook', 'r4', 'p1', 'c4', 'a', true, '2026-10-06 08:00:00', 't'),
              ('facebook', 'c5', 'p1', NULL, 'u5', false, '2026-10-05 12:00:00', 't'),
              ('facebook', 'r5', 'p1', 'c5', 'a', true, '2026-10-05 12:52:48', 't'),
              ('facebook', 'c6', 'p1', NULL, 'u6', false, '2026-10-05 13:00:00', 't'),
              ('facebook', 'c7', 'p1', NULL, 'u7', false, '2026-10-05 13:00:00', 't'),
              ('facebook', 'r7', 'p1', 'c7', 'a', true, '2026-10-13 21:00:00', 't'),
              ('facebook', 'c8', 'p1', NULL, 'u8', false, '2026-10-05 13:00:00', 't'),
              ('facebook', 'r8', 'p1', NULL, 'a', true, '2026-10-05 13:05:00', 't'),
              -- a September comment answered in October is not October's
              ('facebook', 'c0', 'p0', NULL, 'u9', false, '2026-09-20 12:00:00', 't'),
              ('facebook', 'r0', 'p0', 'c0', 'a', true, '2026-10-01 12:00:00', 't'),
              ('instagram', 'c10', 'q1', NULL, 'v1', false, '2026-10-09 11:00:00', 't'),
              ('instagram', 'r10', 'q1', 'c10', 'a', true, '2026-10-09 12:00:00', 't'),
              ('instagram', 'c11', 't1', NULL, 'v2', false, '2026-10-09 11:00:00', 't');
            INSERT INTO citizen_post (network, post_id, territory_code, author_pseudonym, published_at, source) VALUES
              ('instagram', 'h1', 'T1', 'unknown', '2026-10-02 10:00:00', 't'),
              ('instagram', 'h2', 'T1', 'unknown', '2026-10-03 10:00:00', 't'),
              ('instagram', 'h3', 'T1', 'w1', '2026-10-04 10:00:00', 't'),
              ('bluesky', 'h4', 'T1', 'w2', '2026-10-05 10:00:00', 't'),
              ('bluesky', 'h5', 'T1', 'w3', '2026-10-05 11:00:00', 't'),
              ('bluesky', 'h6', 'T1', 'w3', '2026-09-05 11:00:00', 't'),
              ('bluesky', 'h7', 'T2', 'w4', '2026-10-05 11:00:00', 't');
            """;

    private Store store;
    private KpiService kpis;

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        KpiFixtures.execute(store, FIXTURE);
        kpis = new KpiService(store);
        kpis.compute(Period.parse("2026-10"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Double account(String kpi, String accountId, String network) {
        return KpiFixtures.value(store, kpi, "2026-10", "account", accountId, network);
    }

    private Double territory(String kpi, String code, String network) {
        return KpiFixtures.value(store, kpi, "2026-10", "territory", code, network);
    }

    private boolean stored(String kpi, String scope, String subject, String network) {
        return KpiFixtures.stored(store, kpi, "2026-10", scope, subject, network);
    }

    @Test
    void takesTheMedianResponseTimeOfTheWorkedExample() {
        // delays 0.17 h, 0.75 h, 2 h, 20 h, 0.88 h -> 0.88 h; c6, c7 (200 h) and c8 (unthreaded) unanswered
        assertThat(account("response-time", "facebook:a", "facebook")).isCloseTo(0.88, within(1e-9));
        // with instagram's 1 h answer: median of 0.17, 0.75, 0.88, 1, 2, 20 = (0.88 + 1) / 2
        assertThat(territory("response-time", "T1", "all")).isCloseTo(0.94, within(1e-9));
        assertThat(territory("response-time", "T1", "instagram")).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void countsTheShareOfCitizensCommentsAnsweredWithinSevenDays() {
        assertThat(account("service-level", "facebook:a", "facebook")).isCloseTo(5 * 100.0 / 8, within(1e-9));
        // the thematic account's unanswered comment is not the territory's
        assertThat(account("service-level", "instagram:t", "instagram")).isEqualTo(0.0);
        assertThat(territory("service-level", "T1", "all")).isCloseTo(6 * 100.0 / 9, within(1e-9));
        assertThat(account("response-time", "instagram:t", "instagram")).isNull();
    }

    @Test
    void givesNoServiceValueToAccountsWithoutCitizensComments() {
        assertThat(stored("service-level", "account", "bluesky:s", "bluesky")).isFalse();
        assertThat(stored("response-time", "territory", "T3", "all")).isFalse();
    }

    @Test
    void countsParticipationPerThousandInhabitantsAndDistinctNamedContributors() {
        assertThat(territory("participation-per-1000", "T1", "all")).isCloseTo(0.5, within(1e-9));
        assertThat(territory("participation-per-1000", "T1", "instagram")).isCloseTo(0.3, within(1e-9));
        assertThat(territory("participation-per-1000", "T1", "bluesky")).isCloseTo(0.2, within(1e-9));
        assertThat(territory("contributors", "T1", "instagram")).isEqualTo(1.0);
        assertThat(territory("contributors", "T1", "bluesky")).isEqualTo(2.0);
        assertThat(territory("contributors", "T1", "all")).isEqualTo(3.0);
    }

    @Test
    void measuresZeroParticipationOnlyWhereHashtagsWereSearchedAndNoneForAZeroPopulation() {
        assertThat(territory("participation-per-1000", "T3", "all")).isEqualTo(0.0);
        assertThat(territory("contributors", "T3", "all")).isEqualTo(0.0);
        assertThat(stored("participation-per-1000", "territory", "T4", "all")).isFalse();
        assertThat(territory("participation-per-1000", "T2", "all")).isNull();
        assertThat(territory("contributors", "T2", "bluesky")).isEqualTo(1.0);
        assertThat(stored("participation-per-1000", "territory", "T1", "x")).isFalse();
    }

    @Test
    void sharesVideoReelAndLivePostsAndLeavesSilentAccountsEmpty() {
        assertThat(account("video-share", "facebook:a", "facebook")).isCloseTo(50.0, within(1e-9));
        assertThat(territory("video-share", "T1", "all")).isCloseTo(60.0, within(1e-9));
        assertThat(account("video-share", "bluesky:s", "bluesky")).isEqualTo(0.0);
        assertThat(account("video-share", "x:z", "x")).isNull();
        assertThat(territory("video-share", "T3", "all")).isNull();
        assertThat(stored("video-share", "territory", "T1", "x")).isFalse();
    }

    @Test
    void dividesFollowersByFollowingAtTheEndEvenWhenFollowersDropped() {
        assertThat(account("followers-per-following", "facebook:a", "facebook")).isCloseTo(4.0, within(1e-9));
        assertThat(account("followers-per-following", "instagram:a", "instagram"))
                .isNull();
        assertThat(territory("followers-per-following", "T1", "all")).isCloseTo(4.0, within(1e-9));
        assertThat(account("followers-per-following", "x:z", "x")).isNull();
        assertThat(territory("followers-per-following", "T2", "all")).isCloseTo(6.0, within(1e-9));
    }

    @Test
    void storesNewValuesUnderVersionOneDotOneAndRecomputesAnOlderEditionUnderItsOwnLabel() {
        long current = KpiFixtures.count(store, "SELECT count(*) FROM kpi_value WHERE methodology_version = '1.1'");
        assertThat(current).isPositive();
        kpis.compute(Period.parse("2026-10"), KpiCatalogue.kpisOf("1.0"), "1.0", kpi -> {});

        assertThat(KpiFixtures.count(
                        store, "SELECT count(DISTINCT kpi) FROM kpi_value WHERE methodology_version = '1.0'"))
                .isEqualTo(KpiCatalogue.VERSION_1_0.size());
        assertThat(KpiFixtures.count(
                        store,
                        "SELECT count(*) FROM kpi_value v JOIN kpi_value w USING (kpi, period, scope, subject, network)"
                                + " WHERE v.methodology_version = '1.0' AND w.methodology_version = '1.1'"
                                + " AND v.value IS DISTINCT FROM w.value"))
                .isZero();
        assertThat(KpiFixtures.count(store, "SELECT count(*) FROM kpi_value WHERE methodology_version = '1.1'"))
                .isEqualTo(current);
        assertThatThrownBy(() ->
                        kpis.compute(Period.parse("2026-10"), List.of(KpiCatalogue.RESPONSE_TIME), "1.0", kpi -> {}))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("response-time does not exist in methodology 1.0");
        assertThatThrownBy(() -> KpiCatalogue.kpisOf("0.9")).isInstanceOf(VigieException.class);
    }
}
