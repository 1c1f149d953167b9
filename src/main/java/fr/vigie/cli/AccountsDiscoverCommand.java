package fr.vigie.cli;

import fr.vigie.discover.Discovery;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie accounts discover`: candidate official accounts of a territory, with the evidence. */
@Command(
        name = "discover",
        mixinStandardHelpOptions = true,
        description = "Search the networks for a territory's official accounts and list the candidates, best first,"
                + " with the evidence (website verified or linked, name in the handle or display name, institution"
                + " words, platform verification). Nothing is registered: accept a candidate with the command shown.",
        footer = {
            "",
            "Searched: Bluesky (public actor search), Mastodon (instances listed in",
            "VIGIE_MASTODON_SEARCH_INSTANCES), YouTube (with VIGIE_YOUTUBE_API_KEY; 101 quota units a search).",
            "See docs/discovery.md for the weights.",
            "",
            "Examples:",
            "  vigie accounts discover 13055 --website marseille.fr",
            "  vigie accounts discover REG-93 --network bluesky --limit 10"
        })
final class AccountsDiscoverCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TERRITORY", description = "INSEE code, SIREN, DEP-13, REG-93 or a bare code")
    String territory;

    @Option(
            names = "--website",
            paramLabel = "DOMAIN",
            description = "The territory's official website, e.g. marseille.fr")
    @Nullable String website;

    @Option(names = "--network", split = ",", paramLabel = "NETWORK", description = "Only these networks")
    List<String> networks = List.of();

    @Option(names = "--limit", description = "Candidates asked of each network (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Override
    public Integer call() {
        var vigie = VigieCommand.root(spec).vigie();
        var report = vigie.discovery().discover(vigie.territories().resolve(territory), website, networks, limit);
        var out = spec.commandLine().getOut();
        out.printf(
                "Candidates for %s (%s):%n",
                report.territory().name(), report.territory().code());
        for (Discovery.Proposal p : report.proposals()) {
            var c = p.candidate();
            out.printf(
                    "%3d  %-9s %-40s %s%s%n",
                    p.score(),
                    c.network(),
                    c.handle(),
                    c.displayName() == null ? "" : c.displayName(),
                    p.registered() ? "  [registered]" : "");
            if (!p.evidence().isEmpty()) {
                out.printf("       evidence: %s%n", String.join("; ", p.evidence()));
            }
            if (!p.registered() && p.score() > 0) {
                out.printf(
                        "       accept:   vigie accounts add --territory %s --network %s --handle %s%n",
                        report.territory().code(), c.network(), c.handle());
            }
        }
        report.notSearched().forEach((network, reason) -> out.printf("%s not searched: %s%n", network, reason));
        out.printf("%d candidates%n", report.proposals().size());
        return ExitCodes.OK;
    }
}
