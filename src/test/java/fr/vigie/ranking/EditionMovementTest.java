package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.EditionMovement.EditionRequest;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.RankingTable;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Composite of {@link UncertaintyFixture}: October G2, G4, G1, G3 (G5 unscored); September G2, G5, G1. */
class EditionMovementTest {
    private static final Instant STORED = Instant.parse("2026-01-15T09:00:00Z");

    private Store store;
    private ScoreService scores;

    @BeforeEach
    void fillStore() {
        store = Store.inMemory();
        KpiFixtures.execute(store, UncertaintyFixture.SQL);
        scores = new ScoreService(store, new KpiService(store), CompositeWeights.builtIn());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Scoreboard composite(String period) {
        return scores.composite("grandes-villes", Period.parse(period), "all", null);
    }

    /** An edition of September published under methodology 1.0: G1, G2, G3, G5, and a territory since gone. */
    private void publishSeptemberUnderOlderMethodology() {
        new RankingTable(store)
                .replace(
                        "2026-09",
                        "1.0",
                        "grandes-villes",
                        "composite",
                        "all",
                        STORED,
                        List.of(
                                new RankingTable.Row("composite", "G1", 1, false, 90.0, false),
                                new RankingTable.Row("composite", "G2", 2, false, 80.0, false),
                                new RankingTable.Row("composite", "G3", 3, false, 70.0, false),
                                new RankingTable.Row("composite", "G5", 4, false, 60.0, false),
                                new RankingTable.Row("composite", "G9", 5, false, 50.0, false)));
    }

    @Test
    void movesTheCompositeBetweenTwoMonthsRecomputedUnderTheCurrentMethodology() {
        var movement = RankMovement.between(composite("2026-10"), composite("2026-09"));
        assertThat(movement.comparedTo()).isEqualTo("2026-09");
        assertThat(movement.edition()).isNull();
        assertThat(movement.movements())
                .containsOnly(
                        java.util.Map.entry("G2", "0"),
                        java.util.Map.entry("G4", "new"),
                        java.util.Map.entry("G1", "0"),
                        java.util.Map.entry("G3", "new"));
        assertThat(movement.exits()).singleElement().satisfies(exit -> {
            assertThat(exit.code()).isEqualTo("G5");
            assertThat(exit.name()).isEqualTo("Epsilon");
            assertThat(exit.place().label()).isEqualTo("2");
        });
    }

    @Test
    void comparesWithTheEditionAsStoredUnderAnOlderMethodology() {
        publishSeptemberUnderOlderMethodology();
        var movement = new EditionMovement(store)
                .since(composite("2026-10"), EditionRequest.parse("2026-09@1.0").orElseThrow());
        assertThat(KpiCatalogue.METHODOLOGY_VERSION).isEqualTo("1.1");
        assertThat(movement.comparedTo()).isEqualTo("edition 2026-09 (methodology 1.0, stored 2026-01-15)");
        assertThat(movement.edition()).isEqualTo(new Edition("2026-09", "1.0", STORED));
        assertThat(movement.edition().mixesMethodologies()).isTrue();
        // October: G2 1, G4 2, G1 3, G3 4; the edition keeps its own ranks, nothing recomputed
        assertThat(movement.of("G2")).isEqualTo("+1");
        assertThat(movement.of("G4")).isEqualTo("new");
        assertThat(movement.of("G1")).isEqualTo("-2");
        assertThat(movement.of("G3")).isEqualTo("-1");
        assertThat(movement.exits())
                .extracting(t -> t.code() + " " + t.name() + " " + t.place().label())
                .containsExactly("G5 Epsilon 4", "G9 G9 5");
    }

    @Test
    void listsTheStoredEditionsWhenTheOneAskedForIsMissing() {
        publishSeptemberUnderOlderMethodology();
        var october = composite("2026-10");
        var movements = new EditionMovement(store);
        assertThatThrownBy(() -> movements.since(
                        october, EditionRequest.parse("2025@1.0").orElseThrow()))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("no edition 2025@1.0 stored")
                .hasMessageContaining("stored: 2026-10@1.1, 2026-09@1.0");
        assertThatThrownBy(() -> movements.since(
                        october, EditionRequest.parse("2026-09@1.1").orElseThrow()))
                .hasMessageContaining("stored: 2026-10@1.1, 2026-09@1.0");
    }

    @Test
    void saysWhenNoPalmaresIsStoredAtAll() {
        var ranks = new RankService(store, new KpiService(store));
        var october = ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.ENGAGEMENT_RATE, "all");
        KpiFixtures.execute(store, "DELETE FROM ranking");
        assertThatThrownBy(() -> new EditionMovement(store)
                        .since(october, EditionRequest.parse("2025@1.0").orElseThrow()))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("no edition 2025@1.0 stored")
                .hasMessageContaining("is stored at all");
    }

    @Test
    void readsAPlainPeriodAsNoEditionAndRefusesAnEmptyVersion() {
        assertThat(EditionRequest.parse("2025")).isEmpty();
        assertThat(EditionRequest.parse("2025@1.0")).contains(new EditionRequest(Period.parse("2025"), "1.0"));
        assertThatThrownBy(() -> EditionRequest.parse("2025@"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("methodology version after @");
    }
}
