package fr.vigie.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.VigieException;
import fr.vigie.kpi.BestPosts.MeasureAge;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Overperformance of posts at the same age, on a hand-written store with hand-computed values. */
class BestPostsTest {
    private static final String FIXTURE = """
            DELETE FROM category_rule;
            INSERT INTO category_rule (position, category, label, kind, min_population) VALUES
              (1, 'grandes-villes', 'Grandes villes', 'commune', 100000), (2, 'villages', 'Villages', 'commune', 0);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year) VALUES
              ('T1', 'commune', 'Alpha', 150000, 2022, 2026), ('T2', 'commune', 'Hamlet', 300, 2022, 2026);
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source, simulated) VALUES
              ('instagram:a', 'T1', 'instagram', 'a', 'official', 'active', 't', false),
              ('bluesky:s', 'T1', 'bluesky', 's', 'official', 'active', 't', false),
              ('x:big', 'T1', 'x', 'big', 'official', 'active', 't', true),
              ('instagram:v', 'T2', 'instagram', 'v', 'official', 'active', 't', false);
            -- history: 8 photos of September measured at 24 h: 10, 20, ..., 70 and 1000
            INSERT INTO post (network, post_id, account_id, published_at, type, url, source)
              SELECT 'instagram', 'h' || i, 'instagram:a', TIMESTAMP '2026-09-01 10:00:00' + INTERVAL (i) DAY, 'photo',
                     NULL, 't' FROM range(1, 9) r(i);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source)
              SELECT 'instagram', 'h' || i, TIMESTAMP '2026-09-02 10:00:00' + INTERVAL (i) DAY,
                     CASE WHEN i = 8 THEN 1000 ELSE 10 * i END, 't' FROM range(1, 9) r(i);
            INSERT INTO post (network, post_id, account_id, published_at, type, url, source) VALUES
              ('instagram', 'o1', 'instagram:a', '2026-10-05 10:00:00', 'photo', 'https://i/o1', 't'),
              ('instagram', 'o2', 'instagram:a', '2026-10-06 10:00:00', 'photo', NULL, 't'),
              ('instagram', 'o3', 'instagram:a', '2026-10-07 10:00:00', 'photo', NULL, 't'),
              ('instagram', 'o4', 'instagram:a', '2026-10-08 10:00:00', 'video', NULL, 't'),
              ('instagram', 'o5', 'instagram:a', '2026-10-09 10:00:00', 'photo', NULL, 't'),
              ('bluesky', 's1', 'bluesky:s', '2026-10-09 10:00:00', 'text', NULL, 't');
            INSERT INTO post_metric (network, post_id, observed_at, likes, comments, source) VALUES
              ('instagram', 'o1', '2026-10-05 11:00:00', 5, NULL, 't'),
              ('instagram', 'o1', '2026-10-06 09:00:00', 150, 50, 't'),
              ('instagram', 'o1', '2026-10-12 10:00:00', 900, NULL, 't'),
              ('instagram', 'o2', '2026-10-07 10:00:00', 9, NULL, 't'),
              ('instagram', 'o3', '2026-10-08 10:00:00', 0, 0, 't'),
              ('instagram', 'o4', '2026-10-09 10:00:00', 100, NULL, 't'),
              ('instagram', 'o5', '2026-10-16 10:00:00', 5000, NULL, 't'),
              ('bluesky', 's1', '2026-10-10 10:00:00', 40, NULL, 't');
            -- x:big: 105 text posts with k interactions (k = 1..105), then one of October with 1000
            INSERT INTO post (network, post_id, account_id, published_at, type, source, simulated)
              SELECT 'x', 'k' || i, 'x:big', TIMESTAMP '2026-06-01 10:00:00' + INTERVAL (i) HOUR, 'text', 't', true
                FROM range(1, 106) r(i);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source, simulated)
              SELECT 'x', 'k' || i, TIMESTAMP '2026-06-02 10:00:00' + INTERVAL (i) HOUR, i, 't', true
                FROM range(1, 106) r(i);
            INSERT INTO post (network, post_id, account_id, published_at, type, source, simulated)
              VALUES ('x', 'big1', 'x:big', '2026-10-20 10:00:00', 'text', 't', true);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source, simulated)
              VALUES ('x', 'big1', '2026-10-21 10:00:00', 1000, 't', true);
            -- a village post that would top any list, outside the category
            INSERT INTO post (network, post_id, account_id, published_at, type, source)
              SELECT 'instagram', 'v' || i, 'instagram:v', TIMESTAMP '2026-09-01 10:00:00' + INTERVAL (i) DAY, 'photo', 't'
                FROM range(1, 7) r(i);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source)
              SELECT 'instagram', 'v' || i, TIMESTAMP '2026-09-02 10:00:00' + INTERVAL (i) DAY, 1, 't' FROM range(1, 7) r(i);
            INSERT INTO post (network, post_id, account_id, published_at, type, source)
              VALUES ('instagram', 'vbest', 'instagram:v', '2026-10-10 10:00:00', 'photo', 't');
            INSERT INTO post_metric (network, post_id, observed_at, likes, source)
              VALUES ('instagram', 'vbest', '2026-10-11 10:00:00', 10000, 't');
            """;

    private Store store;
    private BestPosts bestPosts;
    private final Period october = Period.parse("2026-10");

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        KpiFixtures.execute(store, FIXTURE);
        bestPosts = new BestPosts(store);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private PostOverperformance post(String postId) {
        return bestPosts.scored(october, null, null, MeasureAge.DEFAULT, 0).stream()
                .filter(p -> p.postId().equals(postId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("post " + postId + " not scored"));
    }

    @Test
    void dividesInteractionsAtTheSameAgeByTheInterquartileMeanOfPreviousPosts() {
        // the 23 h observation (200) is the one nearest 24 h; previous photos 10..70 and 1000:
        // drop 2 lowest and 2 highest of 8 -> mean of 30, 40, 50, 60 = 45
        PostOverperformance o1 = post("o1");
        assertThat(o1.interactions()).isEqualTo(200);
        assertThat(o1.ageHours()).isCloseTo(23.0, within(1e-9));
        assertThat(o1.expected()).isCloseTo(45.0, within(1e-9));
        assertThat(o1.baselinePosts()).isEqualTo(8);
        assertThat(o1.overperformance()).isCloseTo(200 / 45.0, within(1e-9));
    }

    @Test
    void scoresUnderperformanceNegativelyAndZeroInteractionsAsMinusTwiceTheExpectation() {
        // o2: previous 9 = 10..70, 200, 1000 -> drop 2 each side -> mean(30..70) = 50; 9 < 50 -> -50/9
        assertThat(post("o2").overperformance()).isCloseTo(-50 / 9.0, within(1e-9));
        // o3: previous 10 = 9, 10..70, 200, 1000 -> drop 2 each side -> mean(20..70) = 45 -> -2 x 45
        assertThat(post("o3").expected()).isCloseTo(45.0, within(1e-9));
        assertThat(post("o3").overperformance()).isCloseTo(-90.0, within(1e-9));
    }

    @Test
    void usesOnlyTheLastHundredPostsOfTheSameType() {
        // previous 100 = 6..105; drop 25 each side -> mean(31..80) = 55.5 (all 105 would give 53)
        PostOverperformance big = post("big1");
        assertThat(big.baselinePosts()).isEqualTo(100);
        assertThat(big.expected()).isCloseTo(55.5, within(1e-9));
        assertThat(big.overperformance()).isCloseTo(1000 / 55.5, within(1e-9));
        assertThat(big.simulated()).isTrue();
    }

    @Test
    void leavesPostsWithoutEnoughHistoryUnscoredAndPostsNotMeasuredAtThatAgeOut() {
        assertThat(post("o4").overperformance()).isNull(); // first video of the account
        assertThat(post("s1").overperformance()).isNull(); // single-post account
        assertThat(bestPosts.scored(october, null, null, MeasureAge.DEFAULT, 0))
                .extracting(PostOverperformance::postId)
                .doesNotContain("o5");
        // measured at 7 days instead, o5 (5000) is scored and o1 takes its 7-day observation
        assertThat(bestPosts.scored(october, null, null, new MeasureAge(168, 24), 0))
                .extracting(PostOverperformance::postId)
                .contains("o5");
    }

    @Test
    void scoresOneTerritorysPostsExactlyAsAmongAllTerritories() {
        var all = bestPosts.scored(october, null, null, MeasureAge.DEFAULT, 0);

        for (String territory : List.of("T1", "T2")) {
            assertThat(bestPosts.scoredFor(territory, october, MeasureAge.DEFAULT, 0))
                    .isNotEmpty()
                    .containsExactlyElementsOf(all.stream()
                            .filter(p -> p.territoryCode().equals(territory))
                            .toList());
        }
    }

    @Test
    void storesEachTerritorysBestScoredPostsForAPublicationOnceHoweverOftenPublished() {
        assertThat(bestPosts.published("T1", october)).isEmpty();

        bestPosts.publish(october, 2);
        bestPosts.publish(october, 2);

        var scoredOfT1 = bestPosts.scoredFor("T1", october, MeasureAge.DEFAULT, 0).stream()
                .filter(p -> p.overperformance() != null)
                .limit(2)
                .toList();
        assertThat(scoredOfT1).hasSize(2);
        assertThat(bestPosts.published("T1", october)).contains(scoredOfT1);
        assertThat(bestPosts.published("T9", october)).contains(List.of());
        assertThat(bestPosts.published("T1", Period.parse("2026-09"))).isEmpty();
        bestPosts.publish(Period.parse("2025-01"), 2);
        assertThat(bestPosts.published("T1", Period.parse("2025-01")))
                .as("a publication without any scored post says so: nothing to score again")
                .contains(List.of());
    }

    @Test
    void listsTheBestScoredPostsOfTheCategoryFirst() {
        var result = bestPosts.best(october, "grandes-villes", "all", MeasureAge.DEFAULT, 10);
        assertThat(result.posts()).extracting(PostOverperformance::postId).containsExactly("big1", "o1", "o2", "o3");
        assertThat(result.simulated()).isTrue();
        assertThat(result.populationMillesimes()).containsExactly(2022);
        assertThat(result.methodologyVersion()).isEqualTo("1.1");
        assertThat(bestPosts
                        .best(october, "grandes-villes", "instagram", MeasureAge.DEFAULT, 2)
                        .posts())
                .extracting(PostOverperformance::postId)
                .containsExactly("o1", "o2");
        assertThat(bestPosts
                        .best(october, "villages", null, MeasureAge.DEFAULT, 10)
                        .posts())
                .extracting(PostOverperformance::postId)
                .containsExactly("vbest");
    }

    @Test
    void refusesAnUnknownCategoryOrNetworkNamingTheKnownOnes() {
        assertThatThrownBy(() -> bestPosts.best(october, "big-cities", null, MeasureAge.DEFAULT, 10))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("grandes-villes");
        assertThatThrownBy(() -> bestPosts.best(october, "villages", "myspace", MeasureAge.DEFAULT, 10))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("instagram");
    }

    @Test
    void writesTheVersionPeriodAndSimulatedLabelInEveryFormat() {
        var result = bestPosts.best(october, "grandes-villes", null, MeasureAge.DEFAULT, 10);
        for (var format : List.of(BestPostsWriter.Format.values())) {
            StringWriter text = new StringWriter();
            BestPostsWriter.write(result, format, new PrintWriter(text));
            switch (format) {
                case TABLE -> assertThat(text.toString()).contains("Methodology 1.1", "2026-10", "SIMULATED DATA");
                case CSV ->
                    assertThat(text.toString())
                            .startsWith("rank,overperformance,interactions")
                            .contains(",grandes-villes,2026-10,24.0,1.1,2022");
                case JSON ->
                    assertThat(text.toString())
                            .contains(
                                    "\"methodology_version\" : \"1.1\"", "\"label\" : \"SIMULATED DATA\"", "\"big1\"");
            }
        }
    }
}
