package fr.vigie.cli;

import fr.vigie.account.AccountImportSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie accounts import`: registers the accounts of accounts.csv files, one transaction per file. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Register the accounts listed in accounts.csv files (columns: docs/formats/README.md).",
            "Re-importing a file changes nothing; changed role, theme, status or display name update the account.",
            "Bad lines are quarantined with file, line, field and reason; the other lines are registered."
        },
        footer = {
            "",
            "Examples:",
            "  vigie accounts import data/accounts.csv",
            "  vigie accounts import communes.csv epci.csv",
            "",
            "Exit codes: 0 all lines registered, 1 some lines quarantined, 3 a file could not be read."
        })
final class AccountsImportCommand implements Callable<Integer> {
    /** Problems printed per file; the rest stays in the quarantine table. */
    private static final int SHOWN_PROBLEMS = 50;

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "accounts.csv files (UTF-8 or Windows-1252, ',' or ';')")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        var registry = VigieCommand.root(spec).vigie().accounts();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        int exit = ExitCodes.OK;
        for (Path file : files) {
            AccountImportSummary summary = registry.importCsv(file);
            out.println(summary);
            summary.problems().stream().limit(SHOWN_PROBLEMS).forEach(err::println);
            if (summary.problems().size() > SHOWN_PROBLEMS) {
                err.println("… and " + (summary.problems().size() - SHOWN_PROBLEMS)
                        + " more problems in the quarantine table (import " + summary.importId() + ")");
            }
            if (summary.quarantined() > 0) {
                exit = ExitCodes.PARTIAL;
            }
        }
        return exit;
    }
}
