package fr.vigie.cli;

import fr.vigie.simulate.SimulationProgress;
import fr.vigie.simulate.SimulationScope;
import fr.vigie.simulate.SimulationSettings;
import fr.vigie.simulate.SimulationSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie simulate`: writes a simulated dataset over the real registry. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a realistic SIMULATED dataset (accounts, snapshots, posts, metrics, comments, citizens' posts,"
                    + " mentions, dataset.json) in the canonical formats, over the territories of the registry.",
            "Every row carries simulated=true. The same arguments give byte-identical files. See docs/simulator.md."
        },
        footer = {
            "",
            "Examples:",
            "  vigie simulate --seed 42 --scope 93                 Provence-Alpes-Côte d'Azur, 365 days",
            "  vigie simulate --seed 7 --scope 13 --days 90 --until 2026-09-30",
            "  vigie simulate --seed 1 --scope departement:93 --out data/sim93",
            "  vigie simulate --seed 1 --scope france --metric-ages 1h,24h,7d"
        })
final class SimulateCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Option(names = "--seed", required = true, description = "Seed of the random model (any integer).")
    long seed;

    @Option(
            names = "--scope",
            required = true,
            description = "france, a région code (93), a département code (13, 2A), region:<code> or"
                    + " departement:<code>. A bare code shared by both means the région.")
    String scope = "";

    @Option(names = "--days", defaultValue = "365", description = "Days in the period (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--until", description = "Last day of the period, YYYY-MM-DD. Default: last day of last month.")
    @Nullable LocalDate until;

    @Option(names = "--out", description = "Output folder. Default: <home>/simulated/<scope>-<seed>")
    @Nullable Path out;

    @Option(
            names = "--metric-ages",
            defaultValue = SimulationSettings.DEFAULT_METRIC_AGES,
            description = "Post ages at which metrics are observed, units m, h, d (default: ${DEFAULT-VALUE}).")
    String metricAges = SimulationSettings.DEFAULT_METRIC_AGES;

    @Override
    public Integer call() {
        var root = VigieCommand.root(spec);
        var vigie = root.vigie();
        LocalDate end =
                until != null ? until : SimulationSettings.defaultUntil(LocalDate.now(ZoneId.of("Europe/Paris")));
        var parsedScope = SimulationScope.parse(scope);
        var settings = new SimulationSettings(seed, parsedScope, days, end, SimulationSettings.parseAges(metricAges));
        Path folder = out != null ? out : vigie.workspace().simulated().resolve(parsedScope.label() + "-" + seed);
        SimulationSummary summary;
        try (var progress = new ConsoleProgress()) {
            summary = vigie.simulator().run(settings, folder, progress);
        }
        print(summary, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static void print(SimulationSummary summary, PrintWriter out) {
        out.printf(
                "Simulated dataset (simulated=true on every row): %d territories, %d accounts%n",
                summary.territories(), summary.accounts());
        summary.counts().forEach((file, rows) -> out.printf("  %-24s %,12d rows%n", file, rows));
        out.println("Written to " + summary.folder().toAbsolutePath());
        out.flush();
    }

    /** A progress bar on stderr over territories, only when stderr is a terminal. */
    private static final class ConsoleProgress implements SimulationProgress, AutoCloseable {
        private @Nullable ProgressBar bar;

        @Override
        public void start(long territories) {
            var console = System.console();
            if (console != null && console.isTerminal()) {
                bar = new ProgressBarBuilder()
                        .setTaskName("Simulating")
                        .setInitialMax(territories)
                        .setUnit(" territories", 1)
                        .build();
            }
        }

        @Override
        public void advance() {
            if (bar != null) {
                bar.step();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
