package fr.vigie.cli;

import fr.vigie.account.AccountStatus;
import fr.vigie.account.Network;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie accounts status`: record that an account left, migrated, went dormant or is active again. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Record an account's new status with its date: left (the territory left the network),"
                + " migrated (to another registered account), dormant, or active again.",
        footer = {
            "",
            "Renames, suspensions, deletions and dormancy seen by collection are recorded on their own;",
            "`vigie accounts history` lists every event.",
            "",
            "Examples:",
            "  vigie accounts status x @marseille migrated --since 2025-01-20 --to bluesky:marseille.fr",
            "  vigie accounts status facebook villedemarseille left --since 2026-06-30",
            "  vigie accounts status x @marseille active"
        })
final class AccountsStatusCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NETWORK", converter = AccountOptions.NetworkConverter.class)
    Network network;

    @Parameters(index = "1", paramLabel = "HANDLE", description = "The account's handle, profile URL or platform id")
    String handle;

    @Parameters(
            index = "2",
            paramLabel = "STATUS",
            converter = AccountOptions.StatusConverter.class,
            description = "active, dormant, left or migrated")
    AccountStatus status;

    @Option(
            names = "--since",
            paramLabel = "YYYY-MM-DD",
            description = "The day the status holds from (default: today)")
    @Nullable LocalDate since;

    @Option(
            names = "--to",
            paramLabel = "NETWORK:HANDLE",
            description = "For migrated: the registered account that takes over, e.g. bluesky:marseille.fr")
    @Nullable String to;

    @Override
    public Integer call() {
        var vigie = VigieCommand.root(spec).vigie();
        Network toNetwork = null;
        String toHandle = null;
        if (to != null) {
            int colon = to.indexOf(':');
            if (colon <= 0) {
                throw new picocli.CommandLine.ParameterException(
                        spec.commandLine(), "--to: expected NETWORK:HANDLE, e.g. bluesky:marseille.fr");
            }
            toNetwork = new AccountOptions.NetworkConverter().convert(to.substring(0, colon));
            toHandle = to.substring(colon + 1);
        }
        LocalDate day = since != null ? since : LocalDate.now(ZoneId.of("Europe/Paris"));
        var account = vigie.accountHistory().setStatus(network, handle, status, day, toNetwork, toHandle);
        spec.commandLine().getOut().printf("%s is %s since %s%n", account.accountId(), status.id(), day);
        return ExitCodes.OK;
    }
}
