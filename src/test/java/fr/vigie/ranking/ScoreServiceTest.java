package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.VigieException;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScoreServiceTest {
    /**
     * Four big cities: G1 (population 0!) and G2 in région REG-93, G3 and G4 elsewhere. G1 to G3
     * have one Instagram account; G4 a Facebook one. Audiences 100, 1,000, 4,000, 500.
     */
    static final String FIXTURE = """
            INSERT INTO category_rule VALUES (1, 'grandes-villes', 'Grandes villes', 'commune', NULL, 0, NULL);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year, region_code, departement_code) VALUES
              ('REG-93', 'region', 'Provence', 5000000, 2022, 2026, NULL, NULL),
              ('DEP-75', 'departement', 'Paris', 2100000, 2022, 2026, NULL, 'REG-11'),
              ('G1', 'commune', 'Alpha', 0, 2022, 2026, 'REG-93', 'DEP-13'),
              ('G2', 'commune', 'Beta', 100000, 2022, 2026, 'REG-93', 'DEP-13'),
              ('G3', 'commune', 'Gamma', 400000, 2022, 2026, 'REG-11', 'DEP-75'),
              ('G4', 'commune', 'Delta', 200000, 2022, 2026, 'REG-11', 'DEP-92');
            UPDATE territory SET population = NULL WHERE code = 'REG-93';
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source) VALUES
              ('instagram:g1', 'G1', 'instagram', 'g1', 'official', 'active', 't'),
              ('instagram:g2', 'G2', 'instagram', 'g2', 'official', 'active', 't'),
              ('instagram:g3', 'G3', 'instagram', 'g3', 'official', 'active', 't'),
              ('facebook:g4', 'G4', 'facebook', 'g4', 'official', 'active', 't');
            INSERT INTO account_snapshot (account_id, observed_at, followers, source, simulated) VALUES
              ('instagram:g1', '2026-10-10 10:00:00', 100, 't', false),
              ('instagram:g2', '2026-10-10 10:00:00', 1000, 't', false),
              ('instagram:g3', '2026-10-12 10:00:00', 4000, 't', true),
              ('facebook:g4', '2026-10-10 10:00:00', 500, 't', false);
            INSERT INTO post (network, post_id, account_id, published_at, type, source) VALUES
              ('instagram', 'p1', 'instagram:g1', '2026-10-11 10:00:00', 'photo', 't'),
              ('instagram', 'p2', 'instagram:g2', '2026-10-11 10:00:00', 'photo', 't'),
              ('instagram', 'p3', 'instagram:g3', '2026-10-11 10:00:00', 'photo', 't'),
              ('facebook', 'p4', 'facebook:g4', '2026-10-11 10:00:00', 'photo', 't');
            INSERT INTO post_metric (network, post_id, observed_at, likes, source) VALUES
              ('instagram', 'p1', '2026-10-12 10:00:00', 10, 't'),
              ('instagram', 'p2', '2026-10-12 10:00:00', 10, 't'),
              ('instagram', 'p3', '2026-10-12 10:00:00', 10, 't'),
              ('facebook', 'p4', '2026-10-12 10:00:00', 5, 't');
            """;

    private Store store;
    private ScoreService scores;
    private final Period october = Period.parse("2026-10");

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        KpiFixtures.execute(store, FIXTURE);
        scores = new ScoreService(store, new KpiService(store), CompositeWeights.builtIn());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void ranksTheCompositeAndStoresIt() {
        var board = scores.composite("grandes-villes", october, "all", null);
        assertThat(board.computedNow()).contains("engagement-rate", "audience", "presence-breadth");
        assertThat(board.columns()).first().isEqualTo("coverage-%");
        assertThat(board.columns()).doesNotContain("followers-per-following-percentile", "response-time-percentile");
        assertThat(board.notes()).anyMatch(n -> n.contains("left out") && n.contains("response-time"));
        // engagement: g1 10 %, g2 1 %, g3 0.25 %, g4 1 %; G1's zero population gives no audience-per-1000
        assertThat(board.territories())
                .allSatisfy(t -> assertThat(t.place().rank()).isNotNull());
        assertThat(board.territories())
                .allSatisfy(t -> assertThat(t.place().value()).isBetween(0.0, 100.0));
        var alpha = board.territories().stream()
                .filter(t -> t.code().equals("G1"))
                .findFirst()
                .orElseThrow();
        assertThat(alpha.details().get(board.columns().indexOf("audience-per-1000-percentile")))
                .isNull();
        assertThat(alpha.details().getFirst()).isLessThan(100.0);
        assertThat(board.simulated()).isTrue();
        assertThat(board.lastSnapshot()).hasToString("2026-10-12T10:00:00Z");
        assertThat(board.firstSnapshot()).hasToString("2026-10-10T10:00:00Z");
        assertThat(KpiFixtures.count(
                        store, "SELECT count(*) FROM ranking WHERE kpi = 'composite' AND view = 'composite'"))
                .isEqualTo(4);
    }

    @Test
    void leavesOutANetworkWithoutValuesAndRanksTheOthersOnTheirNetwork() {
        var facebook = scores.composite("grandes-villes", october, "facebook", null);
        assertThat(facebook.territories())
                .extracting(t -> t.code() + ":" + t.place().label())
                .containsExactly("G4:1"); // the others have no Facebook value at all: nothing to score
        assertThat(facebook.columns()).doesNotContain("presence-breadth-percentile"); // 'all' only
        assertThat(facebook.territories().getFirst().place().value()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void ranksTheAudienceBeyondWhatThePopulationPredicts() {
        var board = scores.sizeAdjusted("grandes-villes", october, "all", null);
        // fit on G2 (1e5, 1e3), G3 (4e5, 4e3), G4 (2e5, 500): G1 has no population
        assertThat(board.model()).containsEntry("n", 3);
        double slope = (double) board.model().get("slope");
        assertThat(slope).isGreaterThan(0);
        assertThat(board.territories())
                .extracting(t -> t.code() + ":" + t.place().label())
                .containsExactly("G2:=1", "G3:=1", "G4:3", "G1:-");
        var beta = board.territories().getFirst();
        assertThat(beta.details().get(2)).isCloseTo(Math.exp(beta.place().value()), within(1e-9));
        assertThat(board.notes().getFirst()).contains("R²");
    }

    @Test
    void extractsARegionAfterRankingTheWholeCategory() {
        var area = scores.areaCode("93", "region");
        assertThat(area).isEqualTo("REG-93");
        var board = scores.sizeAdjusted("grandes-villes", october, "all", area);
        assertThat(board.territories())
                .extracting(t -> t.code() + ":" + t.place().label())
                .containsExactly("G2:=1", "G1:-");
        var raw = scores.extract(
                new RankService(store, new KpiService(store))
                        .rank("grandes-villes", october, KpiCatalogue.AUDIENCE, "all"),
                scores.areaCode("dep-75", "departement"));
        assertThat(raw.territories())
                .extracting(t -> t.code() + ":" + t.raw().label())
                .containsExactly("G3:1");
        assertThatThrownBy(() -> scores.areaCode("13", "region"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("REG-93");
    }
}
