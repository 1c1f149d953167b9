package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.kpi.Period;
import fr.vigie.peers.PeerBenchmark;
import fr.vigie.peers.PeerFormat;
import fr.vigie.peers.PeerReport;
import fr.vigie.peers.PeerReportWriter;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie peers`: a territory against its nearest territories of the same category. */
@Command(
        name = "peers",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark a territory against its most similar ones: same category, nearest population"
                    + " (|ln P − ln P₀|), optionally the same région.",
            "Prints the KPI table (value, peers' median, percentile among the territory and its peers),"
                    + " strengths (percentile ≥ 75) and weaknesses (≤ 25), and what to accelerate first: the"
                    + " composite KPIs behind the peer median, by their effect on the composite score.",
            "Computes the composite KPIs for the period first when they have no values yet, or when data were"
                    + " imported since."
        },
        footer = {
            "",
            "Examples:",
            "  vigie peers 13055",
            "  vigie peers 69123 --period 2026 --same-region --limit 5",
            "  vigie peers DEP-13 --period 2026-Q3 --network instagram",
            "  vigie peers 200046977 --format json > peers.json"
        })
final class PeersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<territory code>", description = "INSEE code, SIREN of an EPCI, DEP-13…")
    String territory;

    @Option(names = "--period", description = KpiCommand.PERIOD_HELP + " (default: the last complete month)")
    String period;

    @Option(names = "--network", defaultValue = "all", description = "all (default) or a network id")
    String network;

    @Option(names = "--same-region", description = "Take peers in the territory's région only")
    boolean sameRegion;

    @Option(
            names = "--limit",
            defaultValue = "10",
            description = "Peers to take (default: ${DEFAULT-VALUE}; more on a tie in population distance)")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table (default) or json")
    String format;

    @Override
    public void run() {
        PeerFormat chosenFormat = PeerFormat.parse(format);
        Period p = period == null ? PeerBenchmark.lastCompleteMonth(Clock.systemUTC()) : Period.parse(period);
        Vigie vigie = VigieCommand.root(spec).vigie();
        PeerReport report = new PeerBenchmark(
                        vigie.store(),
                        vigie.territories(),
                        vigie.kpis(),
                        vigie.scores().weights())
                .compare(territory, p, network, sameRegion, limit);
        if (!report.computedNow().isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%s values for %s were missing or older than the last import: computed them now%n",
                            String.join(", ", report.computedNow()), p.label());
        }
        PeerReportWriter.write(report, chosenFormat, spec.commandLine().getOut());
    }
}
