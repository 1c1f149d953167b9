package fr.vigie.cli;

import fr.vigie.store.CollectStatusTable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie collect status`: each account's last success, last error and next run. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description = "Show each registered account's collection status: last success, last error, failures in a"
                + " row and next run (times in Europe/Paris).",
        footer = {"", "Examples:", "  vigie collect status", "  vigie collect status --network mastodon --failing"})
final class CollectStatusCommand implements Callable<Integer> {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @Spec
    CommandSpec spec;

    @Option(names = "--network", description = "Only this network")
    String network;

    @Option(names = "--territory", paramLabel = "CODE", description = "Only this territory's accounts")
    String territory;

    @Option(names = "--failing", description = "Only the accounts whose last run failed")
    boolean failing;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var vigie = VigieCommand.root(spec).vigie();
        var rows = vigie.collectStatus(
                network,
                territory == null
                        ? null
                        : vigie.territories().resolve(territory).code());
        out.printf("%-40s %-16s %-16s %-16s %s%n", "account", "last success", "next run", "last error", "");
        int shown = 0;
        for (CollectStatusTable.StatusRow row : rows) {
            if (failing && row.consecutiveFailures() == 0) {
                continue;
            }
            shown++;
            String error = row.consecutiveFailures() == 0 || row.lastError() == null
                    ? ""
                    : time(row.lastErrorAt()) + "  (" + row.consecutiveFailures() + " in a row) " + row.lastError();
            out.printf(
                    "%-40s %-16s %-16s %s%n",
                    row.accountId(),
                    time(row.lastSuccessAt()),
                    row.nextRunAt() == null ? "now" : time(row.nextRunAt()),
                    error);
        }
        out.printf("%d accounts%n", shown);
        return ExitCodes.OK;
    }

    private static String time(@Nullable Instant instant) {
        return instant == null ? "never" : TIME.format(instant);
    }
}
