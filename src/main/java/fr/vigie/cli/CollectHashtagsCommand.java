package fr.vigie.cli;

import fr.vigie.collect.TagOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie collect hashtags`: citizens' public posts under the territories' hashtags. */
@Command(
        name = "hashtags",
        mixinStandardHelpOptions = true,
        description = "Collect citizens' public posts carrying the territories' hashtags (table territory_hashtag,"
                + " see `vigie import hashtags`) from the networks' searches. Authors are pseudonymised, posts"
                + " of registered accounts are left out, every raw answer is archived; re-running adds no"
                + " duplicate.",
        footer = {
            "",
            "Bluesky search needs an app password: VIGIE_BLUESKY_IDENTIFIER and VIGIE_BLUESKY_APP_PASSWORD"
                    + " (docs/connectors/bluesky.md).",
            "Exit code 1 when any hashtag failed (each failure is printed with its reason).",
            "",
            "Examples:",
            "  vigie collect hashtags",
            "  vigie collect hashtags --network mastodon --territory 13055",
            "  vigie collect hashtags --network bluesky --since 2026-10-01"
        })
final class CollectHashtagsCommand implements Callable<Integer> {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--network",
            split = ",",
            paramLabel = "NETWORK",
            description = "Networks to search (repeatable or comma-separated); default: every network whose"
                    + " settings are present")
    List<String> networks = List.of();

    @Option(
            names = "--territory",
            split = ",",
            paramLabel = "CODE",
            description = "Only the hashtags of these territories (repeatable or comma-separated); default: all")
    List<String> territories = List.of();

    @Option(
            names = "--since",
            paramLabel = "YYYY-MM-DD",
            description = "Only posts published since this day (Europe/Paris); default: since the newest stored"
                    + " post of each tag minus one day, as far as the search goes the first time")
    LocalDate since;

    @Override
    public Integer call() {
        Instant from = since == null ? null : since.atStartOfDay(PARIS).toInstant();
        var out = spec.commandLine().getOut();
        var vigie = VigieCommand.root(spec).vigie();
        List<String> codes = territories.stream()
                .map(t -> vigie.territories().resolve(t).code())
                .toList();
        var report = vigie.hashtags().collect(networks, codes, from, outcome -> {
            switch (outcome) {
                case TagOutcome.Done done ->
                    out.printf(
                            "%s #%s (%s) ok (%d posts, %d from registered accounts left out, %d new)%n",
                            done.network(),
                            done.tag(),
                            done.territoryCode(),
                            done.found(),
                            done.ownAccounts(),
                            done.added());
                case TagOutcome.Failed failed ->
                    out.printf("%s #%s FAILED (%s)%n", failed.network(), failed.tag(), failed.reason());
            }
            out.flush();
        });
        report.skippedNetworks()
                .forEach((skipped, setting) -> out.printf(
                        "%s skipped: set %s to search it (docs/connectors/%s.md)%n", skipped, setting, skipped));
        if (report.tags().isEmpty() && report.skippedNetworks().isEmpty()) {
            out.println("no hashtag to search: register territories' hashtags with `vigie import hashtags`");
        }
        out.printf(
                "%d hashtags collected, %d failed%n",
                report.tags().size() - report.failedCount(), report.failedCount());
        return report.anyFailed() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
