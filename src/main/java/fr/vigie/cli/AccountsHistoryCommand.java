package fr.vigie.cli;

import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie accounts history`: the dated events of accounts. */
@Command(
        name = "history",
        mixinStandardHelpOptions = true,
        description = "List the dated events of accounts: renamed, suspended, deleted, not found, dormant,"
                + " reactivated, left, migrated.",
        footer = {
            "",
            "Examples:",
            "  vigie accounts history",
            "  vigie accounts history --account bluesky:@marseille.fr"
        })
final class AccountsHistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--account", paramLabel = "ACCOUNT_ID", description = "Only this account (see vigie accounts list)")
    @Nullable String account;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var events = VigieCommand.root(spec).vigie().accountHistory().events(account);
        for (var e : events) {
            out.printf(
                    "%s  %-40s %-12s %s  (%s)%n",
                    e.day(), e.accountId(), e.kind(), e.detail() == null ? "" : e.detail(), e.source());
        }
        out.printf("%d events%n", events.size());
        return ExitCodes.OK;
    }
}
