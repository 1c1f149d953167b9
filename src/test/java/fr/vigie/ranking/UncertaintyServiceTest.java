package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.VigieException;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Samples;
import fr.vigie.store.Store;
import fr.vigie.store.UncertaintyTable;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UncertaintyServiceTest {
    private static final Period OCTOBER = Period.parse("2026-10");

    private Store store;
    private RankService ranks;
    private UncertaintyService uncertainty;

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        KpiFixtures.execute(store, UncertaintyFixture.SQL);
        ranks = new RankService(store, new KpiService(store));
        uncertainty = new UncertaintyService(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void givesCloseTerritoriesOverlappingIntervalsAndDistantOnesTheirPointRank() {
        var ranking = ranks.rank("grandes-villes", OCTOBER, KpiCatalogue.ENGAGEMENT_RATE, "all");
        assertThat(ranking.territories())
                .extracting(t -> t.code() + ":" + t.raw().label())
                .containsExactly("G4:1", "G2:2", "G1:3", "G3:4", "G5:-");
        var result = uncertainty.intervals(ranking, 1000, 2026);
        assertThat(result.method()).isEqualTo("posts");
        assertThat(result.of("G4")).isEqualTo(new RankInterval(1, 1));
        assertThat(result.of("G2")).isEqualTo(new RankInterval(2, 3));
        assertThat(result.of("G1")).isEqualTo(new RankInterval(2, 3));
        assertThat(result.of("G3")).isEqualTo(new RankInterval(4, 4));
        assertThat(result.of("G5")).isNull();
        assertThat(ranking.territories())
                .extracting(t -> result.indistinguishableFrom(t.code()))
                .containsExactly("", "3", "2", "", "");
    }

    @Test
    void givesTheSameIntervalsForTheSameSeed() {
        var ranking = ranks.rank("grandes-villes", OCTOBER, KpiCatalogue.POSTS_PER_DAY, "all");
        var first = uncertainty.intervals(ranking, 200, 7);
        var second = uncertainty.intervals(ranking, 200, 7);
        assertThat(first.intervals()).isEqualTo(second.intervals());
        assertThat(first.method()).isEqualTo("days");
        for (RankedTerritory t : ranking.territories()) {
            if (t.raw().rank() != null) {
                assertThat(first.of(t.code()).contains(t.raw().rank())).isTrue();
            }
        }
    }

    @Test
    void keepsThePointRankForAKpiFromSnapshots() {
        var ranking = ranks.rank("grandes-villes", OCTOBER, KpiCatalogue.AUDIENCE, "all");
        var result = uncertainty.intervals(ranking, 1000, 2026);
        assertThat(result.method()).isEqualTo(RankUncertainty.NONE);
        for (RankedTerritory t : ranking.territories()) {
            if (t.raw().rank() != null) {
                assertThat(result.of(t.code()))
                        .isEqualTo(new RankInterval(t.raw().rank(), t.raw().rank()));
            }
        }
    }

    @Test
    void loadsSamplesWhoseMeanIsTheStoredKpiValue() {
        var engagement = ranks.rank("grandes-villes", OCTOBER, KpiCatalogue.ENGAGEMENT_RATE, "all");
        var postsPerDay = ranks.rank("grandes-villes", OCTOBER, KpiCatalogue.POSTS_PER_DAY, "all");
        var table = new UncertaintyTable(store);
        var posts = table.postEngagement("grandes-villes", "all", OCTOBER.startInstant(), OCTOBER.endInstant(), 1000);
        var moments = table.postEngagement("grandes-villes", "all", OCTOBER.startInstant(), OCTOBER.endInstant(), 1);
        var days = table.dailyPosts("grandes-villes", "instagram", OCTOBER.end(), 30);
        for (RankedTerritory t : engagement.territories()) {
            if (t.raw().value() != null) {
                var s = posts.get(t.code());
                assertThat(100 * mean(s.values())).isCloseTo(t.raw().value(), within(1e-9));
                assertThat(s.count()).isEqualTo(s.values().length);
                var m = moments.get(t.code());
                assertThat(m.values()).isNull();
                assertThat(m.count()).isEqualTo(s.count());
                assertThat(100 * m.mean()).isCloseTo(t.raw().value(), within(1e-9));
                assertThat(m.deviation()).isCloseTo(Samples.of(s.values()).deviation(), within(1e-9));
            }
        }
        for (RankedTerritory t : postsPerDay.territories()) {
            if (t.raw().value() != null && days.containsKey(t.code())) {
                assertThat(days.get(t.code()).values()).hasSize(30);
                assertThat(days.get(t.code()).mean()).isCloseTo(t.raw().value(), within(1e-9));
            }
        }
        assertThat(days.get("G1").values()[0]).isEqualTo(1.0);
        assertThat(days.get("G1").values()[29]).isEqualTo(0.0);
    }

    @Test
    void givesEveryScoredTerritoryOfTheCompositeAnIntervalHoldingItsRank() {
        var scores = new ScoreService(store, new KpiService(store), CompositeWeights.builtIn());
        var board = scores.composite("grandes-villes", OCTOBER, "all", null);
        var first = uncertainty.intervals(board, scores.weights(), 500, 9);
        var second = uncertainty.intervals(board, scores.weights(), 500, 9);
        assertThat(first.method()).isEqualTo("posts and days");
        assertThat(first.intervals()).isEqualTo(second.intervals());
        for (var t : board.territories()) {
            if (t.place().rank() == null) {
                assertThat(first.of(t.code())).isNull();
            } else {
                assertThat(first.of(t.code()).contains(t.place().rank()))
                        .as(t.code())
                        .isTrue();
            }
        }
        assertThat(first.intervals()).isNotEmpty();
    }

    @Test
    void givesTheSizeAdjustedPalmaresIntervalsFromTheFitRedrawn() {
        var scores = new ScoreService(store, new KpiService(store), CompositeWeights.builtIn());
        var board = scores.sizeAdjusted("grandes-villes", OCTOBER, "all", null);
        var result = uncertainty.intervals(board, scores.weights(), 300, 1);
        assertThat(result.method()).isEqualTo("territories of the fit");
        for (var t : board.territories()) {
            if (t.place().rank() != null) {
                assertThat(result.of(t.code()).contains(t.place().rank()))
                        .as(t.code())
                        .isTrue();
            }
        }
    }

    @Test
    void loadsDailyCitizenPostsWhoseSumIsTheParticipationCount() {
        KpiFixtures.execute(
                store,
                "INSERT INTO citizen_post (network, post_id, territory_code, author_pseudonym, published_at,"
                        + " source) VALUES ('bluesky', 'c1', 'G1', 'p1', '2026-10-01 08:00:00', 't'),"
                        + " ('bluesky', 'c2', 'G1', 'p2', '2026-10-01 09:00:00', 't'),"
                        + " ('mastodon', 'c3', 'G1', 'p1', '2026-10-31 21:00:00', 't'),"
                        + " ('bluesky', 'c4', 'G2', 'p3', '2026-11-01 08:00:00', 't')");
        var table = new UncertaintyTable(store);
        var days = table.dailyCitizenPosts("grandes-villes", "all", OCTOBER.start(), OCTOBER.end());
        assertThat(days.get("G1").values()).hasSize(31);
        assertThat(days.get("G1").values()[0]).isEqualTo(2.0);
        assertThat(days.get("G1").values()[30]).isEqualTo(1.0);
        assertThat(Arrays.stream(days.get("G1").values()).sum()).isEqualTo(3.0);
        assertThat(days).doesNotContainKey("G2");
        assertThat(table.dailyCitizenPosts("grandes-villes", "bluesky", OCTOBER.start(), OCTOBER.end())
                        .get("G1")
                        .values())
                .containsOnly(2.0, 0.0);
    }

    @Test
    void refusesFewerThanOneResample() {
        var ranking = ranks.rank("grandes-villes", OCTOBER, KpiCatalogue.ENGAGEMENT_RATE, "all");
        assertThatThrownBy(() -> uncertainty.intervals(ranking, 0, 1))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("--resamples");
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }
}
