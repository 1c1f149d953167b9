package fr.vigie.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.peers.PeerReport.KpiLine;
import fr.vigie.peers.PeerReport.Peer;
import fr.vigie.peers.PeerReport.Verdict;
import fr.vigie.ranking.CompositeWeights;
import fr.vigie.ranking.CompositeWeights.Weight;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import fr.vigie.territory.TerritoryRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Golden values worked by hand in docs/methodology.md's rules. Six communes of one category: Tours
 * (100,000, the territory benchmarked), Angers (110,000), Brest (200,000) and Caen (50,000) — a tie
 * in population distance, ln 2 — Dijon (1,000,000) and Zéro (population 0, never a peer). Caen posted
 * nothing (posts-per-day 0, no engagement rate). Tours has no Instagram account (a missing network).
 */
class PeerBenchmarkTest {
    static final String FIXTURE = """
            INSERT INTO category_rule VALUES (1, 'villes', 'Villes', 'commune', NULL, NULL, NULL);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year, region_code) VALUES
              ('37261', 'commune', 'Tours', 100000, 2022, 2026, 'REG-24'),
              ('49007', 'commune', 'Angers', 110000, 2022, 2026, 'REG-24'),
              ('29019', 'commune', 'Brest', 200000, 2022, 2026, 'REG-53'),
              ('14118', 'commune', 'Caen', 50000, 2021, 2026, 'REG-24'),
              ('21231', 'commune', 'Dijon', 1000000, 2022, 2026, 'REG-53'),
              ('99999', 'commune', 'Zéro', 0, 2022, 2026, 'REG-24');
            INSERT INTO kpi_value (kpi, methodology_version, period, scope, subject, network, value, simulated, computed_at)
            SELECT kpi, '1.1', '2026-10', 'territory', subject, network, value, subject = '29019', TIMESTAMP '2026-11-01 00:00:00'
            FROM (VALUES
              ('engagement-rate', '37261', 'all', 1.0), ('engagement-rate', '49007', 'all', 2.0),
              ('engagement-rate', '29019', 'all', 3.0), ('engagement-rate', '21231', 'all', 4.0),
              ('engagement-rate', '99999', 'all', 5.0),
              ('posts-per-day', '37261', 'all', 0.5), ('posts-per-day', '49007', 'all', 1.0),
              ('posts-per-day', '29019', 'all', 2.0), ('posts-per-day', '14118', 'all', 0.0),
              ('posts-per-day', '21231', 'all', 3.0), ('posts-per-day', '99999', 'all', 1.5),
              ('audience', '37261', 'all', 5000), ('audience', '49007', 'all', 1000),
              ('audience', '29019', 'all', 2000), ('audience', '14118', 'all', 500),
              ('audience', '21231', 'all', 10000), ('audience', '99999', 'all', 300),
              ('growth', '37261', 'all', 1.2),
              ('engagement-rate', '49007', 'instagram', 2.5), ('engagement-rate', '29019', 'instagram', 3.5),
              ('audience', '49007', 'instagram', 800), ('audience', '29019', 'instagram', 1500)
            ) v(kpi, subject, network, value);
            """;

    static final CompositeWeights WEIGHTS = new CompositeWeights(
            "test weights",
            List.of(
                    new Weight("engagement-rate", 5, BetterDirection.HIGHER),
                    new Weight("posts-per-day", 3, BetterDirection.HIGHER),
                    new Weight("audience", 2, BetterDirection.HIGHER)));

    private Store store;
    private PeerBenchmark peers;
    private final Period october = Period.parse("2026-10");

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        KpiFixtures.execute(store, FIXTURE);
        peers = new PeerBenchmark(store, new TerritoryRegistry(store), new KpiService(store), WEIGHTS);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void takesTheNearestPopulationsAndLeavesOutTheTerritoryAndZeroPopulations() {
        var report = peers.compare("37261", october, "all", false, 10);
        assertThat(report.peers()).extracting(Peer::code).containsExactly("49007", "29019", "14118", "21231");
        assertThat(report.peers().getFirst().distance()).isCloseTo(Math.log(1.1), within(1e-12));
        assertThat(report.category()).isEqualTo("villes");
        assertThat(report.populationMillesimes()).containsExactly(2021, 2022);
        assertThat(report.simulated()).isTrue(); // Brest's values are simulated
        assertThat(report.computedNow()).isEmpty();
    }

    @Test
    void keepsEveryTerritoryTiedInPopulationDistanceAtTheCutOff() {
        var report = peers.compare("37261", october, "all", false, 2);
        // Brest (×2) and Caen (÷2) are both ln 2 away: both kept, by name
        assertThat(report.peers()).extracting(Peer::code).containsExactly("49007", "29019", "14118");
        assertThat(report.peers().get(1).distance())
                .isCloseTo(report.peers().get(2).distance(), within(1e-9));
    }

    @Test
    void takesPeersInTheSameRegionOnly() {
        var report = peers.compare("37261", october, "all", true, 10);
        assertThat(report.peers()).extracting(Peer::code).containsExactly("49007", "14118");
    }

    @Test
    void comparesEachKpiWithThePeerMedianAndNamesStrengthsAndWeaknesses() {
        var report = peers.compare("37261", october, "all", false, 10);
        assertThat(report.kpis())
                .extracting(KpiLine::kpiId)
                .containsExactly("engagement-rate", "posts-per-day", "audience", "growth");
        KpiLine engagement = report.kpis().get(0);
        // Caen posted nothing: no engagement rate, so three peers have a value
        assertThat(engagement.peersWithValue()).isEqualTo(3);
        assertThat(engagement.peerMedian()).isEqualTo(3.0);
        assertThat(engagement.percentile()).isEqualTo(0.0);
        KpiLine posts = report.kpis().get(1);
        assertThat(posts.peerMedian()).isEqualTo(1.5); // 0, 1, 2, 3
        assertThat(posts.percentile()).isEqualTo(25.0); // second worst of five
        KpiLine audience = report.kpis().get(2);
        assertThat(audience.peerMedian()).isEqualTo(1500.0);
        assertThat(audience.percentile()).isEqualTo(75.0);
        KpiLine growth = report.kpis().get(3);
        assertThat(growth.weight()).isNull();
        assertThat(growth.peerMedian()).isNull();
        assertThat(growth.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(report.strengths()).extracting(KpiLine::kpiId).containsExactly("audience");
        assertThat(report.weaknesses()).extracting(KpiLine::kpiId).containsExactly("engagement-rate", "posts-per-day");
    }

    @Test
    void sortsWhatToAccelerateByItsEffectOnTheCompositeScore() {
        var report = peers.compare("37261", october, "all", false, 10);
        // within the category: engagement 0, posts 20, audience 80 → (0 + 60 + 160) / 10
        assertThat(report.compositeScore()).isCloseTo(22.0, within(1e-9));
        assertThat(report.accelerate()).extracting(a -> a.kpiId()).containsExactly("engagement-rate", "posts-per-day");
        var engagement = report.accelerate().getFirst();
        // at 3.0 Tours ties Brest: percentile 37.5 → (187.5 + 60 + 160) / 10
        assertThat(engagement.scoreIfMedian()).isCloseTo(40.75, within(1e-9));
        assertThat(engagement.effect()).isCloseTo(18.75, within(1e-9));
        assertThat(engagement.gapPercent()).isCloseTo(200.0 / 3, within(1e-9));
        var posts = report.accelerate().get(1);
        // at 1.5 Tours ties Zéro: percentile 50 → (0 + 150 + 160) / 10
        assertThat(posts.effect()).isCloseTo(9.0, within(1e-9));
        assertThat(report.peers().getFirst().compositeScore()).isCloseTo(32.5, within(1e-9));
        // Caen: no engagement, its posts and audience carry half the weight, just enough
        assertThat(report.peers().get(2).compositeScore()).isCloseTo(8.0, within(1e-9));
    }

    @Test
    void showsNoValueOnANetworkTheTerritoryIsAbsentFrom() {
        var report = peers.compare("37261", october, "instagram", false, 10);
        assertThat(report.network()).isEqualTo("instagram");
        assertThat(report.compositeScore()).isNull();
        assertThat(report.accelerate()).isEmpty();
        KpiLine engagement = report.kpis().getFirst();
        assertThat(engagement.value()).isNull();
        assertThat(engagement.peerMedian()).isEqualTo(3.0); // Angers 2.5, Brest 3.5
        assertThat(engagement.verdict()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(report.simulated()).isTrue(); // Brest's Instagram values
    }

    @Test
    void sharesOneCategorysFieldBetweenItsTerritoriesAndGivesTheSameReports() {
        Map<String, CategoryField> kept = new HashMap<>();
        List<String> loaded = new ArrayList<>();
        var cached = new PeerBenchmark(
                store,
                new TerritoryRegistry(store),
                new KpiService(store),
                WEIGHTS,
                (key, load) -> kept.computeIfAbsent(key, k -> {
                    loaded.add(k);
                    return load.get();
                }),
                PeerBenchmark.Computing.WHEN_STALE);
        peers.compare("37261", october, "all", false, 10); // computes the missing composite KPIs first

        for (String code : List.of("37261", "49007", "29019")) {
            assertThat(cached.compare(code, october, "all", false, 10))
                    .isEqualTo(peers.compare(code, october, "all", false, 10));
        }
        cached.compare("37261", october, "instagram", false, 10);

        assertThat(loaded).containsExactly("villes|2026-10|all|test weights", "villes|2026-10|instagram|test weights");
    }

    @Test
    void readsTheStoredValuesAsTheyAreWhenItMayNotCompute() {
        KpiFixtures.execute(
                store,
                "INSERT INTO import_run (entity, file, started_at, finished_at, status)"
                        + " VALUES ('posts', 'late.ndjson', TIMESTAMP '2026-11-02 00:00:00', TIMESTAMP '2026-11-02 00:01:00', 'done')");
        var reading = new PeerBenchmark(
                store,
                new TerritoryRegistry(store),
                new KpiService(store),
                WEIGHTS,
                CategoryField.Cache.NONE,
                PeerBenchmark.Computing.NEVER);

        var report = reading.compare("37261", october, "all", false, 10);

        assertThat(report.computedNow()).isEmpty();
        assertThat(report.kpis().getFirst().value()).isEqualTo(1.0);
        assertThat(peers.compare("37261", october, "all", false, 10).computedNow())
                .as("`vigie peers` computes the stale values first")
                .isNotEmpty();
    }

    @Test
    void refusesATerritoryWithoutPopulationAndAnUnknownCode() {
        assertThatThrownBy(() -> peers.compare("99999", october, "all", false, 10))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("no population");
        assertThatThrownBy(() -> peers.compare("12345", october, "all", false, 10))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("territories search");
        assertThatThrownBy(() -> peers.compare("37261", october, "myspace", false, 10))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("unknown network");
        assertThatThrownBy(() -> peers.compare("37261", october, "all", false, 0))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("--limit");
    }

    @Test
    void defaultsToTheLastMonthCompletedInParis() {
        // 31 October 23:30 UTC is already 1 November in Paris
        var clock = Clock.fixed(Instant.parse("2026-10-31T23:30:00Z"), ZoneOffset.UTC);
        assertThat(PeerBenchmark.lastCompleteMonth(clock).label()).isEqualTo("2026-10");
        var january = Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC);
        assertThat(PeerBenchmark.lastCompleteMonth(january).label()).isEqualTo("2026-12");
    }
}
