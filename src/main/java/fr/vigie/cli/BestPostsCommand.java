package fr.vigie.cli;

import fr.vigie.kpi.BestPosts;
import fr.vigie.kpi.BestPostsWriter;
import fr.vigie.kpi.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie best-posts`: the posts of a period that most beat their account's usual, per category. */
@Command(
        name = "best-posts",
        mixinStandardHelpOptions = true,
        description = "List the best posts of a period in a category, ranked by overperformance: interactions at"
                + " the same post age against the account's usual posts of the same type (docs/methodology.md).",
        footer = {
            "",
            "Examples:",
            "  vigie best-posts --period 2026-10 --category grandes-villes",
            "  vigie best-posts --period 2026 --category villages --network instagram --limit 20",
            "  vigie best-posts --period 2026-Q3 --category regions --format json > best.json"
        })
final class BestPostsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, description = KpiCommand.PERIOD_HELP)
    String period;

    @Option(names = "--category", required = true, description = "Category slug; see `vigie territories categories`")
    String category;

    @Option(names = "--network", defaultValue = "all", description = "A network id, or all (default)")
    String network;

    @Option(names = "--limit", defaultValue = "10", description = "How many posts (default 10; 0 for all)")
    int limit;

    @Option(names = "--age", defaultValue = "24", description = "Post age of the measure, in hours (default 24)")
    double ageHours;

    @Option(
            names = "--age-tolerance",
            defaultValue = "6",
            description = "How far from that age an observation may be, in hours (default 6)")
    double toleranceHours;

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json")
    String format;

    @Override
    public void run() {
        var chosenFormat = BestPostsWriter.Format.parse(format);
        var age = new BestPosts.MeasureAge(ageHours, toleranceHours);
        var vigie = VigieCommand.root(spec).vigie();
        var result =
                new BestPosts(vigie.store()).best(Period.parse(period), category, network, age, Math.max(0, limit));
        BestPostsWriter.write(result, chosenFormat, spec.commandLine().getOut());
    }
}
