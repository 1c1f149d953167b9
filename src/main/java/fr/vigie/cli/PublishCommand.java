package fr.vigie.cli;

import fr.vigie.kpi.Period;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie publish`: the edition of a period, for the web site and the API. */
@Command(
        name = "publish",
        mixinStandardHelpOptions = true,
        description = {
            "Publish the edition of a period: computes its KPIs when needed, then stores every palmarès —"
                    + " each KPI raw and per 1,000 inhabitants, the composite and size-adjusted scores, for all"
                    + " networks and for each network with values, in every category — and the rank intervals"
                    + " of the main views (all networks). The web site and the JSON API show published editions.",
            "Publishing a period again replaces its edition."
        },
        footer = {
            "",
            "Examples:",
            "  vigie publish --period 2026-10",
            "  vigie publish --period 2026 --resamples 200      faster intervals",
            "  vigie publish --period 2026-Q3 --resamples 0     no intervals"
        })
final class PublishCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, description = KpiCommand.PERIOD_HELP)
    String period;

    @Option(
            names = "--resamples",
            defaultValue = "1000",
            description = "Bootstrap resamples of the rank intervals (default: ${DEFAULT-VALUE}; 0 for none)")
    int resamples;

    @Option(names = "--seed", defaultValue = "2026", description = "Seed of the bootstrap (default: ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() {
        if (resamples < 0) {
            throw new fr.vigie.VigieException("--resamples must be 0 or more, not " + resamples);
        }
        Period p = Period.parse(period);
        var err = spec.commandLine().getErr();
        var report = VigieCommand.root(spec).vigie().publisher().publish(p, resamples, seed, line -> {
            err.println("▸ " + line);
            err.flush();
        });
        spec.commandLine()
                .getOut()
                .printf(
                        Locale.ROOT,
                        "Published %s: %d palmarès, %d rank intervals (%d resamples, seed %d) in %.1f s%s%n",
                        p.label(),
                        report.palmares(),
                        report.intervals(),
                        resamples,
                        seed,
                        report.took().toMillis() / 1000.0,
                        report.simulated() ? " — SIMULATED DATA" : "");
        return ExitCodes.OK;
    }
}
