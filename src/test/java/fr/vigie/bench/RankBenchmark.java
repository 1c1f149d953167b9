package fr.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.CompositeWeights;
import fr.vigie.ranking.RankService;
import fr.vigie.ranking.ScoreService;
import fr.vigie.ranking.UncertaintyService;
import fr.vigie.store.PerCapitaReference;
import fr.vigie.store.Store;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * bench/rank.sh: on a synthetic store (KpiComputeBenchmark's), the engine's per-capita palmarès of
 * every category (read, rank, store) against one hand-written SQL query computing the same values
 * and ranks, in the same run (best of 5 each, after a warm-up); then the composite of every category,
 * its size-adjusted palmarès, and the composite with 1,000-resample rank intervals (-Dbench.resamples).
 */
@Tag("bench")
class RankBenchmark {
    @Test
    void comparesTheEngineWithOneSqlQueryAndTimesTheComposite() {
        Path file = Path.of(System.getProperty("bench.store", "target/bench/kpi-25000-1000000.duckdb"));
        Period year = Period.parse("2026");
        try (Store store = Store.open(file)) {
            store.limit("3GB", 2);
            PerCapitaReference.communeCategories(store);
            KpiService kpis = new KpiService(store);
            var stale = KpiCatalogue.ALL.stream()
                    .filter(k -> !kpis.hasCurrentValues(year, k))
                    .toList();
            long started = System.nanoTime();
            kpis.compute(year, stale);
            System.out.printf(
                    Locale.ROOT,
                    "kpi compute 2026 (%d KPIs without current values, not timed below): %.1f s%n",
                    stale.size(),
                    seconds(started));
            RankService ranks = new RankService(store, kpis);
            var categories = ranks.categories();
            ScoreService scores = new ScoreService(store, kpis, CompositeWeights.builtIn());
            if (Boolean.getBoolean("bench.intervalsOnly")) {
                timeCompositeIntervals(store, categories, scores, year);
                return;
            }
            double engine = Double.MAX_VALUE;
            double sql = Double.MAX_VALUE;
            double publish = Double.MAX_VALUE;
            long ranked = 0;
            for (int run = 0; run < 6; run++) { // run 0 warms up
                long t0 = System.nanoTime();
                long rows = 0;
                var rankings = ranks.rankAll(year, KpiCatalogue.AUDIENCE, "all");
                for (var ranking : rankings) {
                    rows += ranking.territories().stream()
                            .filter(t -> t.raw().rank() != null)
                            .count();
                }
                double e = seconds(t0);
                long tp = System.nanoTime();
                ranks.publish(rankings);
                double p = seconds(tp);
                long t1 = System.nanoTime();
                ranked = PerCapitaReference.rankAllCategories(store, year.label(), KpiCatalogue.METHODOLOGY_VERSION);
                double s = seconds(t1);
                assertThat(rows).isEqualTo(ranked);
                if (run > 0) {
                    engine = Math.min(engine, e);
                    sql = Math.min(sql, s);
                    publish = Math.min(publish, p);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "per-capita palmarès of %d categories (%,d ranked territories): engine %.3f s, one SQL query"
                            + " %.3f s, ratio %.2f (target <= 1.5); publishing them (not in the reference) %.3f s%n",
                    categories.size(),
                    ranked,
                    engine,
                    sql,
                    engine / sql,
                    publish);
            long t2 = System.nanoTime();
            for (var c : categories) {
                scores.composite(c.slug(), year, "all", null);
            }
            System.out.printf(Locale.ROOT, "composite palmarès of every category: %.3f s%n", seconds(t2));
            long t3 = System.nanoTime();
            for (var c : categories) {
                scores.sizeAdjusted(c.slug(), year, "all", null);
            }
            System.out.printf(Locale.ROOT, "size-adjusted palmarès of every category: %.3f s%n", seconds(t3));
            timeCompositeIntervals(store, categories, scores, year);
        }
    }

    /** The composite of every category with rank intervals, and what loading the samples takes. */
    private static void timeCompositeIntervals(
            Store store, java.util.List<fr.vigie.ranking.Category> categories, ScoreService scores, Period year) {
        var table = new fr.vigie.store.UncertaintyTable(store);
        long l0 = System.nanoTime();
        long posts = table.postEngagement(null, "all", year.startInstant(), year.endInstant(), 100).values().stream()
                .mapToLong(fr.vigie.store.Samples::count)
                .sum();
        double loadPosts = seconds(l0);
        long l1 = System.nanoTime();
        table.dailyPosts(null, "all", year.end(), 30);
        double loadDays = seconds(l1);
        long l2 = System.nanoTime();
        table.dailyCitizenPosts(null, "all", year.start(), year.end());
        double loadCitizens = seconds(l2);
        System.out.printf(
                Locale.ROOT,
                "loading the samples of every category: posts %.1f s (%,d posts), days %.1f s, citizens' days %.1f s%n",
                loadPosts,
                posts,
                loadDays,
                loadCitizens);
        int resamples = Integer.getInteger("bench.resamples", 1000);
        UncertaintyService uncertainty = UncertaintyService.forEveryCategory(store);
        long t4 = System.nanoTime();
        long withIntervals = 0;
        for (var c : categories) {
            var board = scores.composite(c.slug(), year, "all", null);
            var intervals = uncertainty.intervals(board, scores.weights(), resamples, 2026);
            withIntervals += intervals.intervals().size();
        }
        double composite = seconds(t4);
        long t5 = System.nanoTime();
        for (var c : categories) {
            uncertainty.intervals(scores.composite(c.slug(), year, "all", null), scores.weights(), 1, 2026);
        }
        double oneResample = seconds(t5);
        assertThat(withIntervals).isPositive();
        System.out.printf(
                Locale.ROOT,
                "composite palmarès of every category with %,d-resample rank intervals (%,d scored territories):"
                        + " %.1f s (target < 30 s); the same with 1 resample and the samples already loaded %.1f s"
                        + " (load average %.1f)%n",
                resamples,
                withIntervals,
                composite,
                oneResample,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
