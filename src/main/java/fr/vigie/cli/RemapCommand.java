package fr.vigie.cli;

import fr.vigie.collect.TagOutcome;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie remap`: rebuild collected rows from the raw archive. */
@Command(
        name = "remap",
        mixinStandardHelpOptions = true,
        description = "Rebuild the rows collection wrote (snapshots, posts, metrics, comments, mentions, and"
                + " citizens' posts under hashtags) from the archived raw responses, with today's mapping code and"
                + " without any network request.",
        footer = {
            "",
            "Each account is rebuilt in one transaction; fetches that cannot be mapped (they failed when",
            "collected too) are counted and skipped. Exit code 1 when any fetch could not be mapped.",
            "",
            "Examples:",
            "  vigie remap",
            "  vigie remap --network bluesky",
            "  vigie remap --account bluesky:did:plc:abcdefghijklmnopqrstuvwx"
        })
final class RemapCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--network", description = "Only this network's accounts")
    String network;

    @Option(
            names = "--account",
            paramLabel = "ACCOUNT_ID",
            description = "Only this account (its id in `vigie accounts list`)")
    String account;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var results = VigieCommand.root(spec).vigie().remapper().remap(network, account, r -> {
            out.printf(
                    "%s: %d fetches replayed (%d unmappable), %d posts, %d comments%n",
                    r.accountId(), r.fetches(), r.unmappable(), r.posts(), r.comments());
            out.flush();
        });
        int unmappable = results.stream().mapToInt(r -> r.unmappable()).sum();
        out.printf("%d accounts rebuilt from the raw archive%n", results.size());
        int failedSearches = 0;
        if (account == null) {
            var tags = VigieCommand.root(spec).vigie().hashtags().remap(network, outcome -> {
                switch (outcome) {
                    case TagOutcome.Done done ->
                        out.printf(
                                "%s #%s (%s): %d posts, %d new%n",
                                done.network(), done.tag(), done.territoryCode(), done.found(), done.added());
                    case TagOutcome.Failed failed ->
                        out.printf("%s #%s: SKIPPED (%s)%n", failed.network(), failed.tag(), failed.reason());
                }
            });
            failedSearches = (int)
                    tags.stream().filter(t -> t instanceof TagOutcome.Failed).count();
            out.printf("%d hashtag searches replayed%n", tags.size());
        }
        return unmappable > 0 || failedSearches > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
