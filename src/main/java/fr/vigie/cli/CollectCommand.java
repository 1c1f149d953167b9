package fr.vigie.cli;

import fr.vigie.collect.AccountOutcome;
import fr.vigie.collect.CollectRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie collect`: collect the registered accounts of a network from its public API. */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        subcommands = {CollectStatusCommand.class, CollectHashtagsCommand.class},
        description = "Collect profiles, posts and metrics of the registered accounts of a network from its API."
                + " Every raw answer is archived; re-running adds new observations, never duplicate posts.",
        footer = {
            "",
            "Exit code 1 when any account failed (each failure is printed with its reason).",
            "",
            "Examples:",
            "  vigie collect",
            "  vigie collect --network bluesky",
            "  vigie collect --network bluesky,mastodon --due",
            "  vigie collect --network bluesky --territory 13055 --since 2026-10-01",
            "  vigie collect --network mastodon --since 2026-10-01"
        })
final class CollectCommand implements Callable<Integer> {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--network",
            split = ",",
            paramLabel = "NETWORK",
            description = "Networks to collect (repeatable or comma-separated); default: every network whose"
                    + " settings are present")
    List<String> networks = List.of();

    @Option(
            names = "--due",
            description = "Only the accounts whose next run is due (as the scheduler does); default: all")
    boolean dueOnly;

    @Option(names = "--territory", paramLabel = "CODE", description = "Only the accounts of this territory")
    String territory;

    @Option(
            names = "--since",
            paramLabel = "YYYY-MM-DD",
            description = "Only posts published since this day (Europe/Paris); default: since each account's"
                    + " newest post minus 30 days (refreshing recent posts' metrics), the whole feed the first time")
    LocalDate since;

    @Override
    public Integer call() {
        Instant from = since == null ? null : since.atStartOfDay(PARIS).toInstant();
        var out = spec.commandLine().getOut();
        var vigie = VigieCommand.root(spec).vigie();
        // a bare or typed code (13, DEP-13, 13055) names one territory of the registry, or is refused with choices
        String code = territory == null
                ? null
                : vigie.territories().resolve(territory).code();
        var request = new CollectRequest(networks, code, from, dueOnly);
        var report = vigie.collect().collect(request, outcome -> {
            switch (outcome) {
                case AccountOutcome.Done done ->
                    out.printf(
                            "%s ok (%d posts, %d new; %d comments, %d new)%n",
                            done.accountId(), done.posts(), done.newPosts(), done.comments(), done.newComments());
                case AccountOutcome.Failed failed ->
                    out.printf("%s FAILED (%s)%n", failed.accountId(), failed.reason());
            }
            out.flush();
        });
        report.skippedNetworks()
                .forEach((skipped, setting) -> out.printf(
                        "%s skipped: set %s to collect it (docs/connectors/%s.md)%n", skipped, setting, skipped));
        out.printf(
                "%d accounts collected, %d failed%n",
                report.accounts().size() - report.failedCount(), report.failedCount());
        return report.anyFailed() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
