package fr.vigie.cli;

import fr.vigie.store.QuarantineTable;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie quarantine`: the rows imports set aside, with file, line, field and reason. */
@Command(
        name = "quarantine",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the rows that imports set aside, latest import first, with file, line, field, reason",
            "and the line as read (citizens' identities withheld). Fix the file and import it again."
        },
        footer = {
            "",
            "Examples:",
            "  vigie quarantine                      the latest quarantined rows",
            "  vigie quarantine --import 12 --limit 500"
        })
final class QuarantineCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--import", paramLabel = "N", description = "Only the rows of import N (its summary names N)")
    @Nullable Long importId;

    @Option(
            names = "--limit",
            paramLabel = "N",
            defaultValue = "50",
            description = "At most N rows (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        var entries = new QuarantineTable(VigieCommand.root(spec).vigie().store()).list(importId, limit);
        PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty()) {
            out.println("no quarantined rows" + (importId == null ? "" : " for import #" + importId));
        }
        for (var entry : entries) {
            out.println("#" + entry.importId() + " " + entry.file() + ":" + entry.line()
                    + (entry.field() == null ? "" : " " + entry.field()) + ": " + entry.reason());
            out.println("    " + (entry.raw() == null ? "(line withheld)" : entry.raw()));
        }
        out.flush();
        return ExitCodes.OK;
    }
}
