package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankMovementTest {
    @ParameterizedTest
    @CsvSource({
        "2026-10, 2026-09",
        "2026-01, 2025-12",
        "2026, 2025",
        "2026-S1, 2025-S2",
        "2026-S2, 2026-S1",
        "2026-Q1, 2025-Q4",
        "2026-Q3, 2026-Q2",
        "2026-W01, 2025-W52",
        "2021-W01, 2020-W53",
        "2026-03-01, 2026-02-28"
    })
    void takesThePeriodOfTheSameLengthJustBefore(String period, String previous) {
        assertThat(RankMovement.previous(Period.parse(period)).label()).isEqualTo(previous);
    }

    @Test
    void countsPlacesGainedAndLostNewEntrantsAndExits() {
        try (Store store = Store.inMemory()) {
            KpiFixtures.execute(store, UncertaintyFixture.SQL);
            var ranks = new RankService(store, new KpiService(store));
            var october = ranks.rank("grandes-villes", Period.parse("2026-10"), KpiCatalogue.ENGAGEMENT_RATE, "all");
            var september = ranks.rank("grandes-villes", Period.parse("2026-09"), KpiCatalogue.ENGAGEMENT_RATE, "all");
            var movement = RankMovement.between(october, september);
            assertThat(movement.comparedTo()).isEqualTo("2026-09");
            assertThat(movement.of("G4")).isEqualTo("new");
            assertThat(movement.of("G2")).isEqualTo("-1");
            assertThat(movement.of("G1")).isEqualTo("0");
            assertThat(movement.of("G3")).isEqualTo("new");
            assertThat(movement.of("G5")).isNull();
            assertThat(movement.exits()).extracting(RankMovement.Standing::code).containsExactly("G5");
            var back = RankMovement.between(september, october);
            assertThat(back.of("G2")).isEqualTo("+1");
        }
    }
}
