package fr.vigie.demo;

import fr.vigie.ingest.DatasetImport;
import fr.vigie.ingest.FileOutcome;
import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.Category;
import fr.vigie.ranking.EditionPublisher;
import fr.vigie.ranking.RankMovement;
import fr.vigie.ranking.RankService;
import fr.vigie.ranking.RankedTerritory;
import fr.vigie.ranking.UncertaintyService;
import fr.vigie.simulate.SimulationProgress;
import fr.vigie.simulate.SimulationScope;
import fr.vigie.simulate.SimulationSettings;
import fr.vigie.simulate.Simulator;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The main job for newcomers: simulate a région over the real registry, import the dataset, compute
 * the KPIs of the last month and rank every category. Each step reuses what a previous run left
 * (a complete dataset with the same settings; imports are idempotent), so a second run is quick.
 */
public final class Demo {
    /** The KPI of the podium: followers per 1,000 inhabitants, fair across sizes within a category. */
    public static final Kpi HEADLINE = KpiCatalogue.AUDIENCE_PER_1000;

    private final Simulator simulator;
    private final DatasetImport datasets;
    private final KpiService kpis;
    private final RankService rankings;
    private final DemoExports exports;
    private final EditionPublisher publisher;

    public Demo(
            Simulator simulator,
            DatasetImport datasets,
            KpiService kpis,
            RankService rankings,
            DemoExports exports,
            EditionPublisher publisher) {
        this.simulator = simulator;
        this.datasets = datasets;
        this.kpis = kpis;
        this.rankings = rankings;
        this.exports = exports;
        this.publisher = publisher;
    }

    public DemoReport run(DemoSettings settings, Path simulatedHome, Path store, DemoListener listener) {
        var simulation = new SimulationSettings(
                settings.seed(),
                SimulationScope.parse(settings.scope()),
                settings.days(),
                settings.until(),
                SimulationSettings.parseAges(SimulationSettings.DEFAULT_METRIC_AGES));
        Path dataset = simulatedHome.resolve(simulation.scope().label() + "-" + settings.seed());
        simulate(simulation, dataset, settings.fresh(), listener);

        listener.step("Importing " + dataset);
        datasets.importFolder(dataset, outcome -> describe(outcome, listener));

        Period period = Period.parse(YearMonth.from(settings.until()).toString());
        listener.step("Computing the KPIs of " + period.label());
        kpis.compute(period, KpiCatalogue.ALL, kpi -> listener.detail(kpi.id()));

        listener.step("Ranking every category");
        Map<Category, List<RankedTerritory>> podium = rankings.podium(period, HEADLINE);
        List<Path> files = exports.write(period, rankings);
        boolean simulated = podium.values().stream().flatMap(List::stream).anyMatch(RankedTerritory::simulated);
        for (Period published : List.of(RankMovement.previous(period), period)) {
            listener.step("Publishing the edition of " + published.label() + " for the web site and the API");
            var report = publisher.publish(
                    published, UncertaintyService.DEFAULT_RESAMPLES, UncertaintyService.DEFAULT_SEED, listener::detail);
            listener.detail(report.palmares() + " palmarès, " + report.intervals() + " rank intervals in "
                    + report.took().toSeconds() + " s");
        }
        return new DemoReport(period, HEADLINE, podium, simulated, dataset, store, exports.folder(period), files);
    }

    private void simulate(SimulationSettings simulation, Path dataset, boolean fresh, DemoListener listener) {
        if (!fresh && simulator.hasDataset(simulation, dataset)) {
            listener.step("Reusing the simulated dataset in " + dataset + " (--fresh to simulate again)");
            return;
        }
        listener.step("Simulating " + simulation.scope().label() + " over " + simulation.days() + " days until "
                + simulation.until() + " (SIMULATED data)");
        var summary = simulator.run(simulation, dataset, SimulationProgress.none());
        listener.detail(summary.territories() + " territories, " + summary.accounts() + " accounts");
    }

    private static void describe(FileOutcome outcome, DemoListener listener) {
        outcome.describe().forEach(listener::detail);
    }
}
