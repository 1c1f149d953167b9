package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.ingest.DatasetImport;
import fr.vigie.ingest.FileOutcome;
import fr.vigie.ingest.ImportEntity;
import fr.vigie.ingest.Importer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie import <entity> <file…>` and `vigie import dataset <folder>`. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports files of the canonical formats (docs/formats/README.md) into the store.",
            "Bad rows go to quarantine (see `vigie quarantine`); re-importing a file changes nothing.",
            "Exit code 1 when rows were quarantined, 3 when a file could not be read at all."
        },
        footer = {
            "",
            "Examples:",
            "  vigie import posts data/posts.ndjson",
            "  vigie import metrics data/post_metrics_2026-09.csv data/post_metrics_2026-10.csv",
            "  vigie import citizen-posts citizen_posts.ndjson   authors are pseudonymised on the way in",
            "  vigie import dataset vigie-data/simulated/paca     every known file, accounts first"
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "<what>",
            description =
                    "accounts, hashtags, snapshots, posts, metrics, comments, citizen-posts, mentions, or dataset")
    String what;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<file>", description = "Files (for dataset: one folder)")
    List<Path> files;

    @Override
    public Integer call() {
        VigieCommand root = VigieCommand.root(spec);
        Vigie vigie = root.vigie();
        var console = System.console();
        boolean showProgress = console != null && console.isTerminal();
        List<FileOutcome> outcomes = new ArrayList<>();
        if (what.equals("dataset")) {
            if (files.size() != 1) {
                throw new ParameterException(spec.commandLine(), "import dataset takes exactly one folder");
            }
            outcomes.addAll(vigie.datasets(showProgress).importFolder(files.getFirst(), this::print));
        } else if (what.equals("accounts")) {
            DatasetImport datasets = vigie.datasets(showProgress);
            for (Path file : files) {
                outcomes.add(datasets.importAccounts(file));
                print(outcomes.getLast());
            }
        } else {
            Importer importer = vigie.importer(showProgress);
            ImportEntity entity = ImportEntity.parse(what)
                    .orElseThrow(() -> new ParameterException(
                            spec.commandLine(),
                            "unknown entity '" + what + "': expected one of " + "accounts, " + ImportEntity.ids()
                                    + ", or dataset"));
            for (Path file : files) {
                outcomes.add(importer.tryImport(entity, file));
                print(outcomes.getLast());
            }
        }
        return exitCode(outcomes);
    }

    private void print(FileOutcome outcome) {
        PrintWriter out = outcome instanceof FileOutcome.Failed
                ? spec.commandLine().getErr()
                : spec.commandLine().getOut();
        outcome.describe()
                .forEach(line -> out.println(outcome instanceof FileOutcome.Failed ? "vigie: " + line : line));
        out.flush();
    }

    private static int exitCode(List<FileOutcome> outcomes) {
        int code = ExitCodes.OK;
        for (FileOutcome outcome : outcomes) {
            switch (outcome) {
                case FileOutcome.Failed failed -> code = ExitCodes.USER_ERROR;
                case FileOutcome.Imported imported
                when imported.summary().quarantined() > 0 -> code = Math.max(code, ExitCodes.PARTIAL);
                case FileOutcome.Imported imported -> {}
                case FileOutcome.AccountsImported accounts
                when accounts.summary().quarantined() > 0 -> code = Math.max(code, ExitCodes.PARTIAL);
                case FileOutcome.AccountsImported accounts -> {}
                case FileOutcome.Skipped skipped -> {}
            }
        }
        return code;
    }
}
