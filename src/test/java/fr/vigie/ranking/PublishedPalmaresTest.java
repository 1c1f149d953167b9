package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.PublishedTable.PlaceRow;
import fr.vigie.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PublishedPalmaresTest {
    private static final Period OCTOBER = Period.parse("2026-10");

    private Store store;
    private PublishedPalmares published;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void publishOctober() {
        store = Store.inMemory();
        KpiFixtures.execute(store, UncertaintyFixture.SQL);
        var kpis = new KpiService(store);
        var clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
        var report = new EditionPublisher(store, kpis, CompositeWeights.builtIn(), clock)
                .publish(OCTOBER, 200, 7, progress::add);
        assertThat(report.palmares()).isPositive();
        assertThat(report.intervals()).isPositive();
        published = new PublishedPalmares(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void recordsTheEditionAndReadsEveryViewOfItWithIntervals() {
        assertThat(published.latest()).hasValueSatisfying(e -> {
            assertThat(e.period()).isEqualTo("2026-10");
            assertThat(e.resamples()).isEqualTo(200);
            assertThat(e.publishedAt()).isEqualTo(Instant.parse("2026-11-02T08:00:00Z"));
        });
        var engagement = published.page(
                new PublishedPalmares.Query("2026-10", "grandes-villes", "raw", "engagement-rate", "all", null, 0, 10));
        assertThat(engagement.places())
                .extracting(p -> p.territoryCode() + ":" + p.rank() + ":" + p.rankLow() + "-" + p.rankHigh())
                .startsWith("G4:1:1-1");
        assertThat(engagement.total()).isEqualTo(4);
        var composite = published.page(
                new PublishedPalmares.Query("2026-10", "grandes-villes", "composite", "", "all", null, 0, 10));
        assertThat(composite.kpiOfRanking()).isEqualTo("composite");
        assertThat(composite.places()).allSatisfy(p -> assertThat(p.rankLow()).isNotNull());
        var perCapita = published.page(new PublishedPalmares.Query(
                "2026-10", "grandes-villes", "per-capita", "audience", "instagram", null, 0, 10));
        assertThat(perCapita.places())
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.rankLow()).isNull());
        assertThat(progress).anyMatch(line -> line.contains("rank intervals"));
    }

    @Test
    void pagesThroughAPalmaresAndExtractsAnArea() {
        var first = published.page(
                new PublishedPalmares.Query("2026-10", "grandes-villes", "raw", "audience", "all", null, 0, 2));
        var second = published.page(
                new PublishedPalmares.Query("2026-10", "grandes-villes", "raw", "audience", "all", null, 2, 10));
        assertThat(first.places()).hasSize(2);
        assertThat(first.total())
                .isEqualTo(first.places().size() + second.places().size());
        assertThat(first.places())
                .extracting(PlaceRow::territoryCode)
                .doesNotContainAnyElementsOf(
                        second.places().stream().map(PlaceRow::territoryCode).toList());
        var none = published.page(
                new PublishedPalmares.Query("2026-10", "grandes-villes", "raw", "audience", "all", "DEP-99", 0, 10));
        assertThat(none.total()).isZero();
    }

    @Test
    void refusesAnUnpublishedPeriodAnUnknownViewAndAnOversizedPage() {
        assertThatThrownBy(() -> published.page(new PublishedPalmares.Query(
                        "2026-09", "grandes-villes", "raw", "audience", "all", null, 0, 10)))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("no edition is published for 2026-09")
                .hasMessageContaining("2026-10");
        assertThatThrownBy(() -> published.page(new PublishedPalmares.Query(
                        "2026-10", "grandes-villes", "best", "audience", "all", null, 0, 10)))
                .hasMessageContaining("unknown view");
        assertThatThrownBy(() -> published.page(new PublishedPalmares.Query(
                        "2026-10", "grandes-villes", "raw", "audience", "all", null, 0, 501)))
                .hasMessageContaining("1 to 500");
    }
}
