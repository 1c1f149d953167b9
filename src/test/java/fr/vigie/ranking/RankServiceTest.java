package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RankServiceTest {
    /** Five big cities: audiences 300, 200, 200, 100 and one without any account. */
    static final String FIXTURE = """
            INSERT INTO category_rule VALUES
              (1, 'grandes-villes', 'Grandes villes', 'commune', NULL, 100000, NULL),
              (2, 'villages', 'Villages', 'commune', NULL, NULL, 1999);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year) VALUES
              ('G1', 'commune', 'Gamma-sur-Mer', 200000, 2022, 2026), ('G2', 'commune', 'Beta', 100000, 2022, 2026),
              ('G3', 'commune', 'Alpha', 400000, 2022, 2026), ('G4', 'commune', 'Delta', 150000, 2022, 2026),
              ('G5', 'commune', 'Epsilon', 120000, 2022, 2026), ('V1', 'commune', 'Village', 300, 2022, 2026);
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source) VALUES
              ('instagram:g1', 'G1', 'instagram', 'g1', 'official', 'active', 't'),
              ('instagram:g2', 'G2', 'instagram', 'g2', 'official', 'active', 't'),
              ('facebook:g3', 'G3', 'facebook', 'g3', 'official', 'active', 't'),
              ('instagram:g4', 'G4', 'instagram', 'g4', 'official', 'active', 't');
            INSERT INTO account_snapshot (account_id, observed_at, followers, source, simulated) VALUES
              ('instagram:g1', '2026-10-10 10:00:00', 300, 't', false),
              ('instagram:g2', '2026-10-10 10:00:00', 200, 't', false),
              ('facebook:g3', '2026-10-10 10:00:00', 200, 't', true),
              ('instagram:g4', '2026-10-10 10:00:00', 100, 't', false);
            """;

    private Store store;
    private RankService ranks;

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        KpiFixtures.execute(store, FIXTURE);
        ranks = new RankService(store, new KpiService(store));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void ranksTiedTerritoriesEquallyAndListsTerritoriesWithoutValueLast() {
        var ranking = ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "all");
        assertThat(ranking.territories())
                .extracting(t -> t.code() + ":" + t.raw().label())
                .containsExactly("G1:1", "G3:=2", "G2:=2", "G4:4", "G5:-");
        assertThat(ranking.computedNow()).isTrue();
        assertThat(ranking.populationMillesimes()).containsExactly(2022);
    }

    @Test
    void ranksPerThousandInhabitantsBesideTheRawValues() {
        var ranking = ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "all");
        var beta = ranking.territories().stream()
                .filter(t -> t.code().equals("G2"))
                .findFirst()
                .orElseThrow();
        assertThat(beta.perCapita().value()).isCloseTo(2.0, within(1e-9));
        assertThat(beta.perCapita().label()).isEqualTo("1");
        assertThat(ranking.territories())
                .extracting(t -> t.code() + ":" + t.perCapita().label())
                .containsExactly("G1:2", "G3:4", "G2:1", "G4:3", "G5:-");
    }

    @Test
    void sharesPerCapitaRanksOnTiesIndependentlyOfTheRawRanks() {
        KpiFixtures.execute(store, """
                INSERT INTO account (account_id, territory_code, network, handle, role, status, source)
                VALUES ('instagram:g5', 'G5', 'instagram', 'g5', 'official', 'active', 't');
                INSERT INTO account_snapshot (account_id, observed_at, followers, source, simulated)
                VALUES ('instagram:g5', '2026-10-10 10:00:00', 240, 't', false);
                """);
        var ranking = ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "all");
        // raw: 300, 240, 200, 200, 100; per 1,000 inhabitants: 1.5, 2.0, 0.5, 2.0, 0.667
        assertThat(ranking.territories())
                .extracting(t ->
                        t.code() + ":" + t.raw().label() + "/" + t.perCapita().label())
                .containsExactly("G1:1/3", "G5:2/=1", "G3:=3/5", "G2:=3/=1", "G4:5/4");
    }

    @Test
    void ranksOneNetworkAndFlagsSimulatedValues() {
        var instagram = ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "Instagram");
        assertThat(instagram.territories())
                .extracting(t -> t.code() + ":" + t.raw().label())
                .containsExactly("G1:1", "G2:2", "G4:3", "G3:-", "G5:-");
        assertThat(instagram.simulated()).isFalse();
        var all = ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "all");
        assertThat(all.simulated()).isTrue();
        assertThat(all.computedNow()).isFalse();
    }

    @Test
    void storesRankedTerritoriesOfBothViews() {
        ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "all");
        ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "all");
        assertThat(KpiFixtures.count(store, "SELECT count(*) FROM ranking WHERE view = 'raw'"))
                .isEqualTo(4);
        assertThat(KpiFixtures.count(store, "SELECT count(*) FROM ranking WHERE view = 'per-capita'"))
                .isEqualTo(4);
        assertThat(KpiFixtures.count(store, "SELECT count(*) FROM ranking WHERE tied AND rank = 2"))
                .isEqualTo(2);
    }

    @Test
    void ranksEveryCategoryLikeOneByOneAndStoresOnlyWhenPublished() {
        Period october = Period.parse("2026-10");
        var all = ranks.rankAll(october, KpiCatalogue.AUDIENCE, "all");

        assertThat(all).extracting(r -> r.category().slug()).containsExactly("grandes-villes", "villages");
        assertThat(KpiFixtures.count(store, "SELECT count(*) FROM ranking")).isZero();
        assertThat(all.getFirst().territories())
                .isEqualTo(ranks.rank("grandes-villes", october, KpiCatalogue.AUDIENCE, "all")
                        .territories());

        ranks.publish(all);
        ranks.publish(all);
        assertThat(KpiFixtures.count(store, "SELECT count(*) FROM ranking WHERE view = 'raw'"))
                .isEqualTo(4);
    }

    @Test
    void givesThePodiumOfEveryCategory() {
        var podium = ranks.podium(Period.parse("2026-10"), KpiCatalogue.AUDIENCE);
        assertThat(podium.keySet()).extracting(Category::slug).containsExactly("grandes-villes", "villages");
        assertThat(podium.get(new Category("grandes-villes", "Grandes villes")))
                .extracting(RankedTerritory::code)
                .containsExactly("G1", "G3", "G2");
        assertThat(podium.get(new Category("villages", "Villages"))).isEmpty();
    }

    @Test
    void refusesAnUnknownCategoryListingTheKnownOnes() {
        assertThatThrownBy(() -> ranks.rank("metropoles", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "all"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("grandes-villes, villages");
        assertThatThrownBy(() -> ranks.rank("villages", Period.parse("2026-10"), KpiCatalogue.AUDIENCE, "myspace"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("facebook");
    }

    @Test
    void ranksLowerIsBetterKpisAscending() {
        var places = CompetitionRanking.places(Arrays.asList(5.0, null, 2.0, 5.0, 1.0), BetterDirection.LOWER);
        assertThat(places).extracting(Place::label).containsExactly("=3", "-", "2", "=3", "1");
        assertThat(CompetitionRanking.places(List.of(), BetterDirection.HIGHER)).isEmpty();
    }
}
