package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.RankingFormat;
import fr.vigie.ranking.RankingWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie rank`: the palmarès of a category. */
@Command(
        name = "rank",
        mixinStandardHelpOptions = true,
        description = {
            "Rank the territories of a category on a KPI: raw values and, where it makes sense, values per"
                    + " 1,000 inhabitants, each with its own competition rank (ties share a rank, shown =2).",
            "Computes the KPI for the period first when it has no values yet, or when data were imported since."
        },
        footer = {
            "",
            "Examples:",
            "  vigie rank --category grandes-villes --period 2026-10",
            "  vigie rank --category regions --period 2026 --kpi engagement-rate --network x",
            "  vigie rank --category villages --period 2026-Q3 --format csv --limit 0 > top.csv"
        })
final class RankCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--category", required = true, description = "Category slug, e.g. grandes-villes")
    String category;

    @Option(names = "--period", required = true, description = KpiCommand.PERIOD_HELP)
    String period;

    @Option(
            names = "--kpi",
            defaultValue = "audience",
            description = "KPI id (default: ${DEFAULT-VALUE}); see `vigie kpi list`")
    String kpi;

    @Option(names = "--network", defaultValue = "all", description = "all (default) or a network id")
    String network;

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json")
    String format;

    @Option(
            names = "--limit",
            defaultValue = "20",
            description = "Territories to print (default: ${DEFAULT-VALUE}; 0 for all)")
    int limit;

    @Override
    public void run() {
        var chosenFormat = RankingFormat.parse(format);
        var chosenKpi = KpiCatalogue.byId(kpi);
        Period p = Period.parse(period);
        Vigie vigie = VigieCommand.root(spec).vigie();
        var service = vigie.rankings();
        var ranking = service.rank(category, p, chosenKpi, network);
        if (ranking.computedNow()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%s values for %s were missing or older than the last import: computed them now%n",
                            chosenKpi.id(), p.label());
        }
        RankingWriter.write(ranking, chosenFormat, limit, spec.commandLine().getOut());
    }
}
