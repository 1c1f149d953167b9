package fr.vigie.ranking;

import fr.vigie.kpi.BestPosts;
import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.store.PublishedTable;
import fr.vigie.store.PublishedTable.IntervalRow;
import fr.vigie.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Publishes the edition of a period: computes its KPIs when stale, stores every palmarès — each KPI
 * (raw and per capita) on all networks together and on each network with values, the composite and
 * size-adjusted scores of every category on all networks together (`vigie rank --composite
 * --network x` computes a network's on demand) — and the rank intervals of the main views
 * (engagement rate, posts per day, composite, size-adjusted) and the best posts of every territory,
 * then records the edition. The web site and the API read editions only, so a page never waits for a
 * computation.
 */
public final class EditionPublisher {
    /** What a publication did. */
    public record Report(Period period, int palmares, int intervals, boolean simulated, Duration took) {}

    private final Store store;
    private final KpiService kpis;
    private final RankService ranks;
    private final ScoreService scores;
    private final PublishedTable table;
    private final Clock clock;

    public EditionPublisher(Store store, KpiService kpis, CompositeWeights weights, Clock clock) {
        this.store = store;
        this.kpis = kpis;
        this.ranks = new RankService(store, kpis);
        this.scores = new ScoreService(store, kpis, weights);
        this.table = new PublishedTable(store);
        this.clock = clock;
    }

    public Report publish(Period period, int resamples, long seed, Consumer<String> progress) {
        Instant started = clock.instant();
        String version = KpiCatalogue.METHODOLOGY_VERSION;
        List<Kpi> catalogue = KpiCatalogue.kpisOf(version);
        List<Kpi> stale = catalogue.stream()
                .filter(k -> !kpis.hasCurrentValues(period, k))
                .toList();
        if (!stale.isEmpty()) {
            progress.accept("computing " + stale.size() + " KPIs for " + period.label());
            kpis.compute(period, stale);
        }
        List<Scoreboard> boardsOfAllNetworks = new ArrayList<>();
        // one transaction for the whole edition: a reader sees the old one or the new one, and one
        // commit instead of hundreds
        int palmares = store.inTransaction(() -> storePalmares(period, catalogue, boardsOfAllNetworks, progress));
        int intervals = resamples > 0
                ? store.inTransaction(() -> publishIntervals(period, boardsOfAllNetworks, resamples, seed, progress))
                : 0;
        progress.accept("best posts of every territory");
        new BestPosts(store).publish(period, BestPosts.PER_TERRITORY);
        boolean simulated = table.anySimulated(period.label(), version);
        table.recordEdition(
                new PublishedTable.EditionRow(period.label(), version, clock.instant(), simulated, resamples, seed));
        return new Report(period, palmares, intervals, simulated, Duration.between(started, clock.instant()));
    }

    private int storePalmares(
            Period period, List<Kpi> catalogue, List<Scoreboard> boardsOfAllNetworks, Consumer<String> progress) {
        int palmares = 0;
        progress.accept("palmarès of every KPI and category, all networks together and each network");
        for (Kpi kpi : catalogue) {
            List<Ranking> rankings = ranks.rankEveryNetwork(period, kpi);
            ranks.publishEvery(rankings);
            palmares += rankings.size();
        }
        progress.accept("composite and size-adjusted palmarès of every category, all networks");
        for (Category category : ranks.categories()) {
            String all = RankService.ALL_NETWORKS;
            boardsOfAllNetworks.add(scores.composite(category.slug(), period, all, null));
            boardsOfAllNetworks.add(scores.sizeAdjusted(category.slug(), period, all, null));
            palmares += 2;
        }
        return palmares;
    }

    /** The intervals of the main views of every category, all networks together. */
    private int publishIntervals(
            Period period, List<Scoreboard> boards, int resamples, long seed, Consumer<String> progress) {
        progress.accept("rank intervals (" + resamples + " resamples, seed " + seed + ")");
        UncertaintyService uncertainty = UncertaintyService.forEveryCategory(store);
        String network = RankService.ALL_NETWORKS;
        int stored = 0;
        for (Kpi kpi : List.of(KpiCatalogue.ENGAGEMENT_RATE, KpiCatalogue.POSTS_PER_DAY)) {
            for (Ranking ranking : ranks.rankAll(period, kpi, network, true)) {
                RankUncertainty u = uncertainty.intervals(ranking, resamples, seed);
                stored += store(period, ranking.category(), kpi.id(), "raw", u);
            }
        }
        for (Scoreboard board : boards) {
            String view = board.view().id();
            stored += store(
                    period,
                    board.category(),
                    view,
                    view,
                    uncertainty.intervals(board, scores.weights(), resamples, seed));
        }
        return stored;
    }

    private int store(Period period, Category category, String kpi, String view, RankUncertainty u) {
        List<IntervalRow> rows = new ArrayList<>();
        for (Map.Entry<String, RankInterval> e : u.intervals().entrySet()) {
            rows.add(
                    new IntervalRow(e.getKey(), e.getValue().low(), e.getValue().high(), u.method()));
        }
        table.replaceIntervals(
                new PublishedTable.Palmares(
                        period.label(),
                        KpiCatalogue.METHODOLOGY_VERSION,
                        category.slug(),
                        kpi,
                        RankService.ALL_NETWORKS,
                        view),
                rows);
        return rows.size();
    }
}
