package fr.vigie.kpi;

import static fr.vigie.store.KpiFixtures.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.store.ImportJournal;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The published worked examples and edge cases, on a tiny hand-written store. */
class KpiGoldenTest {
    private static final String FIXTURE = """
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year) VALUES
              ('T1', 'commune', 'Alpha', 10000, 2022, 2026), ('T2', 'commune', 'Beta', 50000, 2022, 2026),
              ('T3', 'commune', 'Gamma', 0, 2022, 2026), ('T4', 'commune', 'Delta', NULL, NULL, 2026);
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source) VALUES
              ('instagram:a', 'T1', 'instagram', 'a', 'official', 'active', 'test'),
              ('facebook:a2', 'T1', 'facebook', 'a2', 'official', 'active', 'test'),
              ('instagram:a-tourism', 'T1', 'instagram', 'a-tourism', 'thematic', 'active', 'test'),
              ('facebook:b', 'T2', 'facebook', 'b', 'official', 'active', 'test'),
              ('x:e', 'T2', 'x', 'e', 'official', 'active', 'test'),
              ('instagram:c', 'T3', 'instagram', 'c', 'official', 'active', 'test'),
              ('x:d', 'T4', 'x', 'd', 'official', 'active', 'test');
            INSERT INTO account_snapshot (account_id, observed_at, followers, source) VALUES
              ('instagram:a', '2026-10-01 10:00:00', 1000, 't'), ('instagram:a', '2026-10-31 10:00:00', 1500, 't'),
              ('facebook:a2', '2026-10-10 10:00:00', 500, 't'),
              ('instagram:a-tourism', '2026-10-10 10:00:00', 10000, 't'),
              ('facebook:b', '2026-10-15 10:00:00', 800, 't'),
              ('x:e', '2026-10-02 12:00:00', 1000, 't'), ('x:e', '2026-10-20 12:00:00', 900, 't'),
              ('instagram:c', '2026-11-02 20:00:00', 3500, 't'), ('instagram:c', '2026-11-03 20:00:00', 3590, 't'),
              ('instagram:c', '2026-11-04 20:00:00', 3700, 't'), ('instagram:c', '2026-11-05 20:00:00', 3750, 't'),
              ('instagram:c', '2026-11-06 20:00:00', 3755, 't'), ('instagram:c', '2026-11-07 20:00:00', 3780, 't'),
              ('instagram:c', '2026-11-08 20:00:00', 3783, 't'),
              ('x:d', '2026-12-01 12:00:00', 500, 't'), ('x:d', '2026-12-15 12:00:00', 2000, 't');
            INSERT INTO post (network, post_id, account_id, published_at, type, source) VALUES
              ('instagram', 'a1', 'instagram:a', '2026-10-05 10:00:00', 'photo', 't'),
              ('instagram', 'a2', 'instagram:a', '2026-10-08 10:00:00', 'photo', 't'),
              ('instagram', 'a3', 'instagram:a', '2026-10-12 10:00:00', 'photo', 't'),
              ('instagram', 'a4', 'instagram:a', '2026-10-16 10:00:00', 'photo', 't'),
              ('instagram', 'a5', 'instagram:a', '2026-10-20 10:00:00', 'photo', 't'),
              ('instagram', 'a6', 'instagram:a', '2026-10-24 10:00:00', 'photo', 't'),
              ('instagram', 'a7', 'instagram:a', '2026-10-29 10:00:00', 'photo', 't'),
              ('instagram', 't1', 'instagram:a-tourism', '2026-10-06 10:00:00', 'photo', 't'),
              ('facebook', 'b1', 'facebook:b', '2026-10-15 12:00:00', 'photo', 't'),
              ('instagram', 'c1', 'instagram:c', '2026-11-02 10:00:00', 'photo', 't'),
              ('instagram', 'c2', 'instagram:c', '2026-11-04 12:00:00', 'photo', 't'),
              ('instagram', 'c3', 'instagram:c', '2026-11-04 23:30:00', 'photo', 't'),
              ('instagram', 'c4', 'instagram:c', '2026-11-05 12:00:00', 'photo', 't'),
              ('instagram', 'c5', 'instagram:c', '2026-11-08 10:00:00', 'photo', 't');
            INSERT INTO post_metric (network, post_id, observed_at, likes, comments, shares, quotes, saves, source, simulated) VALUES
              ('instagram', 'a1', '2026-10-05 11:00:00', 1, NULL, NULL, NULL, NULL, 't', false),
              ('instagram', 'a1', '2026-10-07 10:00:00', 5, 2, 1, NULL, 2, 't', false),
              ('instagram', 'a2', '2026-10-08 11:00:00', 3, 0, 0, 0, 0, 't', false),
              ('instagram', 'a2', '2026-10-10 10:00:00', 10, NULL, NULL, NULL, NULL, 't', false),
              ('instagram', 'a3', '2026-10-14 10:00:00', 6, 4, NULL, NULL, NULL, 't', false),
              ('instagram', 'a4', '2026-10-18 10:00:00', 10, 0, 0, 0, 0, 't', false),
              ('instagram', 'a5', '2026-10-22 10:00:00', 15, 3, 2, NULL, NULL, 't', false),
              ('instagram', 'a6', '2026-10-26 10:00:00', 20, NULL, NULL, NULL, NULL, 't', false),
              ('instagram', 'a7', '2026-10-29 11:00:00', 50, NULL, NULL, NULL, NULL, 't', false),
              ('instagram', 'a7', '2026-10-31 10:00:00', 19, 1, NULL, NULL, NULL, 't', false),
              ('instagram', 't1', '2026-10-08 10:00:00', 900, NULL, NULL, NULL, NULL, 't', false),
              ('facebook', 'b1', '2026-10-17 10:00:00', 7, 2, 1, NULL, NULL, 't', true),
              ('instagram', 'c1', '2026-11-03 10:00:00', 20, NULL, NULL, NULL, NULL, 't', false),
              ('instagram', 'c2', '2026-11-06 10:00:00', 30, 7, NULL, NULL, NULL, 't', false),
              ('instagram', 'c3', '2026-11-06 10:00:00', 40, NULL, NULL, NULL, NULL, 't', false),
              ('instagram', 'c4', '2026-11-07 10:00:00', 50, 10, NULL, NULL, NULL, 't', false),
              ('instagram', 'c5', '2026-11-09 10:00:00', 2, NULL, NULL, NULL, NULL, 't', false);
            """;

    private Store store;
    private KpiService kpis;

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        KpiFixtures.execute(store, FIXTURE);
        kpis = new KpiService(store);
        kpis.compute(Period.parse("2026-10"));
        kpis.compute(Period.parse("2026-11"));
        kpis.compute(Period.parse("2026-12"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Double account(String kpi, String period, String accountId, String network) {
        return value(store, kpi, period, "account", accountId, network);
    }

    private Double territory(String kpi, String period, String code, String network) {
        return value(store, kpi, period, "territory", code, network);
    }

    @Test
    void computesTheAccountEngagementRateOfTheWorkedExample() {
        // 100 interactions, 7 posts, followers 1,000 -> 1,500 (mean 1,250): 1.1429 %
        assertThat(account("engagement-rate", "2026-10", "instagram:a", "instagram"))
                .isCloseTo(100.0 / 7 / 1250 * 100, within(1e-9))
                .isCloseTo(1.1429, within(1e-4));
        assertThat(account("engagement-rate", "2026-10", "facebook:b", "facebook"))
                .isCloseTo(1.25, within(1e-9));
    }

    @Test
    void territoryEngagementEqualsTheAccountFormulaForOneAccountAndIgnoresThematicAccounts() {
        double accountRate = account("engagement-rate", "2026-10", "instagram:a", "instagram");
        assertThat(territory("engagement-rate", "2026-10", "T1", "instagram")).isCloseTo(accountRate, within(1e-9));
        assertThat(territory("engagement-rate", "2026-10", "T1", "all")).isCloseTo(accountRate, within(1e-9));
        assertThat(territory("engagement-rate", "2026-10", "T1", "facebook")).isNull();
    }

    @Test
    void territoryEngagementWeighsEachPostByItsOwnAccountsAudience() {
        // Beta: facebook:b posted b1 (10 interactions, 800 followers: 1.25 %); x:e now posts e1
        // (19 interactions, followers 1,000 then 900: mean 950, 2.0 %). Territory: (1.25 + 2.0) / 2.
        KpiFixtures.execute(store, """
                INSERT INTO post (network, post_id, account_id, published_at, type, source)
                VALUES ('x', 'e1', 'x:e', '2026-10-10 09:00:00', 'text', 't');
                INSERT INTO post_metric (network, post_id, observed_at, likes, source)
                VALUES ('x', 'e1', '2026-10-11 09:00:00', 19, 't');
                """);
        kpis.compute(Period.parse("2026-10"), List.of(KpiCatalogue.ENGAGEMENT_RATE));

        assertThat(account("engagement-rate", "2026-10", "x:e", "x")).isCloseTo(2.0, within(1e-9));
        assertThat(territory("engagement-rate", "2026-10", "T2", "x")).isCloseTo(2.0, within(1e-9));
        assertThat(territory("engagement-rate", "2026-10", "T2", "facebook")).isCloseTo(1.25, within(1e-9));
        assertThat(territory("engagement-rate", "2026-10", "T2", "all")).isCloseTo(1.625, within(1e-9));
    }

    @Test
    void leavesEngagementEmptyWhenAnAccountPublishedNothing() {
        assertThat(KpiFixtures.stored(store, "engagement-rate", "2026-10", "account", "facebook:a2", "facebook"))
                .isTrue();
        assertThat(account("engagement-rate", "2026-10", "facebook:a2", "facebook"))
                .isNull();
        assertThat(account("daily-engagement", "2026-10", "facebook:a2", "facebook"))
                .isNull();
    }

    @Test
    void computesTheDailyEngagementOfTheWorkedExampleOnParisDays() {
        // post c3 at 23:30 UTC on 4 November is on 5 November in Paris: day 4 gets 40 + 60 = 100
        double expected = (20.0 / 3500 + 0 + 37.0 / 3700 + 100.0 / 3750 + 0 + 0 + 2.0 / 3783) / 7 * 100;
        assertThat(account("daily-engagement", "2026-11", "instagram:c", "instagram"))
                .isCloseTo(expected, within(1e-9))
                .isCloseTo(0.6130, within(1e-4));
        assertThat(territory("daily-engagement", "2026-11", "T3", "all")).isCloseTo(expected, within(1e-9));
    }

    @Test
    void placesPostsOnParisDaysInSummerTimeToo() {
        KpiFixtures.execute(store, """
                INSERT INTO territory (code, kind, name, population, cog_year) VALUES ('T9', 'commune', 'Summer', 10, 2026);
                INSERT INTO account (account_id, territory_code, network, handle, role, status, source)
                  VALUES ('bluesky:s', 'T9', 'bluesky', 's', 'official', 'active', 't');
                INSERT INTO account_snapshot (account_id, observed_at, followers, source) VALUES
                  ('bluesky:s', '2026-07-01 10:00:00', 1000, 't'), ('bluesky:s', '2026-07-02 10:00:00', 500, 't');
                -- 22:30 UTC on 1 July is 00:30 on 2 July in Paris (UTC+2)
                INSERT INTO post (network, post_id, account_id, published_at, type, source)
                  VALUES ('bluesky', 's1', 'bluesky:s', '2026-07-01 22:30:00', 'text', 't');
                INSERT INTO post_metric (network, post_id, observed_at, likes, source)
                  VALUES ('bluesky', 's1', '2026-07-03 10:00:00', 10, 't');
                """);
        kpis.compute(Period.parse("2026-07"), List.of(KpiCatalogue.DAILY_ENGAGEMENT));
        assertThat(account("daily-engagement", "2026-07", "bluesky:s", "bluesky"))
                .isCloseTo((0 + 10.0 / 500) / 2 * 100, within(1e-9));
    }

    @Test
    void computesGrowthAndTheWorkedWeeklyGrowth() {
        // 500 -> 2,000 in 2 weeks = 100 % a week
        assertThat(account("weekly-growth", "2026-12", "x:d", "x")).isCloseTo(100.0, within(1e-9));
        assertThat(account("growth", "2026-12", "x:d", "x")).isCloseTo(300.0, within(1e-9));
        assertThat(territory("weekly-growth", "2026-12", "T4", "all")).isCloseTo(100.0, within(1e-9));
        assertThat(account("growth", "2026-10", "instagram:a", "instagram")).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void reportsANegativeGrowthWhenFollowersDrop() {
        assertThat(account("growth", "2026-10", "x:e", "x")).isCloseTo(-10.0, within(1e-9));
        assertThat(account("weekly-growth", "2026-10", "x:e", "x")).isNegative();
        // facebook:b has a single snapshot, so T2's growth is x:e's alone
        assertThat(account("growth", "2026-10", "facebook:b", "facebook")).isNull();
        assertThat(territory("growth", "2026-10", "T2", "all")).isCloseTo(-10.0, within(1e-9));
    }

    @Test
    void sumsOfficialAccountsForAudienceAndDividesByPopulation() {
        assertThat(territory("audience", "2026-10", "T1", "all")).isEqualTo(2000.0);
        assertThat(territory("audience", "2026-10", "T1", "facebook")).isEqualTo(500.0);
        assertThat(territory("audience-per-1000", "2026-10", "T1", "all")).isCloseTo(200.0, within(1e-9));
        assertThat(territory("inhabitants-per-follower", "2026-10", "T1", "all"))
                .isCloseTo(5.0, within(1e-9));
        assertThat(KpiFixtures.millesime(store, "audience", "2026-10", "territory", "T1", "all"))
                .isEqualTo(2022);
        // the last snapshot before the end of December is still October's
        assertThat(territory("audience", "2026-12", "T1", "all")).isEqualTo(2000.0);
    }

    @Test
    void leavesPerCapitaValuesEmptyWhenThePopulationIsZeroOrUnknown() {
        assertThat(territory("audience", "2026-11", "T3", "all")).isEqualTo(3783.0);
        assertThat(territory("audience-per-1000", "2026-11", "T3", "all")).isNull();
        assertThat(territory("inhabitants-per-follower", "2026-11", "T3", "all"))
                .isNull();
        assertThat(territory("audience-per-1000", "2026-12", "T4", "all")).isNull();
    }

    @Test
    void countsPostsPerDayAndActiveNetworksOverTheLast30Days() {
        assertThat(account("posts-per-day", "2026-10", "instagram:a", "instagram"))
                .isCloseTo(7 / 30.0, within(1e-9));
        assertThat(territory("posts-per-day", "2026-10", "T1", "all")).isCloseTo(7 / 30.0, within(1e-9));
        assertThat(territory("presence-breadth", "2026-10", "T1", "all")).isEqualTo(1.0);
        assertThat(territory("presence-breadth", "2026-10", "T2", "all")).isEqualTo(1.0);
    }

    @Test
    void flagsValuesComputedFromSimulatedRows() {
        assertThat(KpiFixtures.simulated(store, "engagement-rate", "2026-10", "account", "facebook:b", "facebook"))
                .isTrue();
        assertThat(KpiFixtures.simulated(store, "engagement-rate", "2026-10", "territory", "T2", "all"))
                .isTrue();
        assertThat(KpiFixtures.simulated(store, "engagement-rate", "2026-10", "territory", "T1", "all"))
                .isFalse();
    }

    @Test
    void replacesThePeriodWhenComputedAgain() {
        long before = KpiFixtures.count(store, "SELECT count(*) FROM kpi_value");
        var result = kpis.compute(Period.parse("2026-10"));
        assertThat(KpiFixtures.count(store, "SELECT count(*) FROM kpi_value")).isEqualTo(before);
        assertThat(result.rowsByKpi())
                .containsOnlyKeys(KpiCatalogue.ALL.stream().map(Kpi::id).toList());
        assertThat(result.rowsByKpi().get("audience")).isEqualTo(11L);
    }

    @Test
    void dropsStoredValuesThatARecomputationNoLongerProduces() {
        assertThat(KpiFixtures.stored(store, "audience", "2026-10", "account", "facebook:b", "facebook"))
                .isTrue();
        KpiFixtures.execute(store, "DELETE FROM account_snapshot WHERE account_id = 'facebook:b'");
        kpis.compute(Period.parse("2026-10"), List.of(KpiCatalogue.AUDIENCE));
        assertThat(KpiFixtures.stored(store, "audience", "2026-10", "account", "facebook:b", "facebook"))
                .isFalse();
        assertThat(territory("audience", "2026-10", "T2", "all")).isEqualTo(900.0);
    }

    @Test
    void valuesComputedBeforeAnImportAreNoLongerCurrent() {
        Period october = Period.parse("2026-10");
        assertThat(kpis.hasCurrentValues(Period.parse("2025-10"), KpiCatalogue.AUDIENCE))
                .isFalse();
        assertThat(kpis.hasCurrentValues(october, KpiCatalogue.AUDIENCE)).isTrue();

        var journal = new ImportJournal(store);
        long points = journal.start("locations", "centroides.csv", Instant.now(), false);
        journal.finish(points, Instant.now().plusSeconds(1), new ImportJournal.RunCounts(1, 1, 0, 0, 0), "done");
        assertThat(kpis.hasCurrentValues(october, KpiCatalogue.AUDIENCE))
                .as("the territories' points feed no KPI")
                .isTrue();

        KpiFixtures.execute(
                store,
                "INSERT INTO import_run (entity, file, started_at, finished_at, status)"
                        + " VALUES ('snapshots', 'late.csv', now()::TIMESTAMP, now()::TIMESTAMP + INTERVAL 1 SECOND, 'done')");
        assertThat(kpis.hasCurrentValues(october, KpiCatalogue.AUDIENCE)).isFalse();
    }
}
