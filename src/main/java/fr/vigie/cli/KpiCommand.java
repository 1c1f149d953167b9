package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiSheet;
import fr.vigie.kpi.Period;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie kpi`: compute, list and show KPIs. */
@Command(
        name = "kpi",
        description = "Compute and read the KPIs (methodology " + KpiCatalogue.METHODOLOGY_VERSION + ").",
        mixinStandardHelpOptions = true,
        subcommands = {KpiCommand.Compute.class, KpiCommand.ListKpis.class, KpiCommand.Show.class},
        footer = {
            "",
            "Examples:",
            "  vigie kpi list",
            "  vigie kpi compute --period 2026-10",
            "  vigie kpi show 13055 --period 2026-10"
        })
final class KpiCommand {
    static final String PERIOD_HELP = "Period: 2026 (year), 2026-S1, 2026-Q3, 2026-10 (month), 2026-W40 (ISO week)"
            + " or 2026-10-03 (day); Europe/Paris days";

    @Command(
            name = "compute",
            mixinStandardHelpOptions = true,
            description = "Compute the KPIs of a period and store them, replacing that period's values.",
            footer = {
                "",
                "Examples:",
                "  vigie kpi compute --period 2026-10",
                "  vigie kpi compute --period 2026 --kpi audience --kpi engagement-rate",
                "  vigie kpi compute --period 2026 --methodology 1.0   (reproduce the 2026 edition of 1.0)"
            })
    static final class Compute implements Runnable {
        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, description = PERIOD_HELP)
        String period;

        @Option(names = "--kpi", description = "KPI id to compute (repeatable). Default: all; see `vigie kpi list`")
        List<String> kpiIds = List.of();

        @Option(
                names = "--methodology",
                paramLabel = "<version>",
                description = "Methodology version to store the values under (default: ${DEFAULT-VALUE});"
                        + " an older version recomputes only its own KPIs")
        String methodology = KpiCatalogue.METHODOLOGY_VERSION;

        @Override
        public void run() {
            Period p = Period.parse(period);
            List<Kpi> kpis = kpiIds.isEmpty()
                    ? KpiCatalogue.kpisOf(methodology)
                    : kpiIds.stream().map(KpiCatalogue::byId).toList();
            Vigie vigie = VigieCommand.root(spec).vigie();
            var err = spec.commandLine().getErr();
            var result = vigie.kpis()
                    .compute(p, kpis, methodology, kpi -> err.printf("computing %s for %s…%n", kpi.id(), p.label()));
            var out = spec.commandLine().getOut();
            result.rowsByKpi().forEach((id, rows) -> out.printf("%-26s %,d values%n", id, rows));
            out.printf(
                    "stored %,d values for %s (methodology %s)%n", result.totalRows(), p.label(), methodology.strip());
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "List the KPIs with their definitions.",
            footer = {"", "Examples:", "  vigie kpi list"})
    static final class ListKpis implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            KpiSheet.catalogue(spec.commandLine().getOut());
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Show a territory's KPI values for a period, per network (computes the period if needed).",
            footer = {
                "",
                "Examples:",
                "  vigie kpi show 13055 --period 2026-10",
                "  vigie kpi show 200054807 --period 2026"
            })
    static final class Show implements Runnable {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "<territory code>", description = "INSEE code, or SIREN for an EPCI")
        String code;

        @Option(names = "--period", required = true, description = PERIOD_HELP)
        String period;

        @Override
        public void run() {
            Period p = Period.parse(period);
            var service = VigieCommand.root(spec).vigie().kpis();
            String name = service.territoryName(code);
            List<Kpi> missing = KpiCatalogue.ALL.stream()
                    .filter(kpi -> !service.hasCurrentValues(p, kpi))
                    .toList();
            if (!missing.isEmpty()) {
                spec.commandLine()
                        .getErr()
                        .printf(
                                "%d KPIs have no values for %s yet, or data were imported since: computing them now…%n",
                                missing.size(), p.label());
                service.compute(p, missing);
            }
            KpiSheet.territory(
                    code,
                    name,
                    p,
                    service.territoryValues(code, p),
                    spec.commandLine().getOut());
        }
    }
}
