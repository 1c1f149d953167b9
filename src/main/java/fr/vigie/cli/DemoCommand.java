package fr.vigie.cli;

import fr.vigie.demo.DemoListener;
import fr.vigie.demo.DemoReport;
import fr.vigie.demo.DemoSettings;
import fr.vigie.ranking.Category;
import fr.vigie.ranking.RankedTerritory;
import fr.vigie.simulate.SimulationSettings;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie demo`: the main job on the embedded store, end to end, on simulated data. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates a year of social-media activity for a région over the real registry of territories"
                    + " (SIMULATED data, labelled so), imports it, computes the KPIs of the last month and prints"
                    + " the podium of every category; writes CSV palmarès under <home>/exports.",
            "A second run reuses the dataset, and its imports add nothing: they are idempotent.",
            "Then serves the web site on http://127.0.0.1:8080/ until Ctrl-C (--no-serve to stop there)."
        },
        footer = {
            "",
            "Examples:",
            "  vigie demo                                  Provence-Alpes-Côte d'Azur, last 365 days",
            "  vigie demo --scope DEP-04 --days 90         a smaller département, faster",
            "  vigie --home /tmp/vigie demo --fresh        another workspace, simulate again",
            "  vigie demo --no-serve                       print the podiums and exit",
            "  vigie demo --port 9000                      serve the site on another port"
        })
final class DemoCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--scope", description = "Région or département to simulate (default: ${DEFAULT-VALUE}, PACA).")
    String scope = DemoSettings.DEFAULT_SCOPE;

    @Option(names = "--seed", description = "Seed of the simulation (default: ${DEFAULT-VALUE}).")
    long seed = DemoSettings.DEFAULT_SEED;

    @Option(names = "--days", description = "Days simulated (default: ${DEFAULT-VALUE}).")
    int days = SimulationSettings.DEFAULT_DAYS;

    @Option(names = "--until", description = "Last simulated day, YYYY-MM-DD. Default: last day of last month.")
    @Nullable LocalDate until;

    @Option(names = "--fresh", description = "Simulate again even if a matching dataset exists.")
    boolean fresh;

    @Option(names = "--no-serve", description = "Exit after the podiums instead of serving the web site.")
    boolean noServe;

    @Mixin
    WebOptions web = new WebOptions();

    @Override
    public Integer call() throws InterruptedException {
        var root = VigieCommand.root(spec);
        var err = spec.commandLine().getErr();
        LocalDate end =
                until != null ? until : SimulationSettings.defaultUntil(LocalDate.now(ZoneId.of("Europe/Paris")));
        long started = System.nanoTime();
        var vigie = root.vigie();
        DemoReport report = vigie.demo(new DemoSettings(scope, seed, days, end, fresh), new ConsoleSteps(err));
        print(report, spec.commandLine().getOut(), (System.nanoTime() - started) / 1e9);
        if (!noServe) {
            try (var site = web.start(vigie, err)) {
                WebOptions.awaitStop();
            }
        }
        return ExitCodes.OK;
    }

    private static void print(DemoReport report, PrintWriter out, double seconds) {
        out.println();
        out.printf(
                "Podium of every category, %s, %s (%s, all networks)%s%n",
                report.period().label(),
                report.headline().title(),
                report.headline().unit(),
                report.simulated() ? " — SIMULATED DATA, not real figures" : "");
        report.podium().forEach((category, podium) -> printCategory(category, podium, out));
        out.println();
        out.println("Store:   " + report.store().toAbsolutePath());
        out.println("Dataset: " + report.dataset().toAbsolutePath() + " (simulated)");
        out.println("Exports: " + report.exports().toAbsolutePath() + " ("
                + report.exportedFiles().size() + " CSV files)");
        out.printf(
                Locale.ROOT,
                "Done in %.1f s. Next: vigie rank --category grandes-villes --period %s%n",
                seconds,
                report.period().label());
        out.flush();
    }

    private static void printCategory(Category category, List<RankedTerritory> podium, PrintWriter out) {
        out.println();
        out.println(category.label());
        if (podium.isEmpty()) {
            out.println("  (no territory of this category has an account in the dataset)");
        }
        for (RankedTerritory t : podium) {
            out.printf(
                    Locale.ROOT,
                    "  %-3s %-40s %,12d inh. %,12.1f%n",
                    t.raw().label(),
                    t.name(),
                    t.population() == null ? 0 : t.population(),
                    t.raw().value() == null ? Double.NaN : t.raw().value());
        }
    }

    /** Steps on stderr as they happen. */
    private record ConsoleSteps(PrintWriter err) implements DemoListener {
        @Override
        public void step(String description) {
            err.println("▸ " + description);
            err.flush();
        }

        @Override
        public void detail(String line) {
            err.println("    " + line);
            err.flush();
        }
    }
}
