package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.account.Network;
import fr.vigie.format.Timestamps;
import fr.vigie.ingest.DatasetImport;
import fr.vigie.ingest.ExportImport;
import fr.vigie.ingest.FileOutcome;
import fr.vigie.ingest.ImportEntity;
import fr.vigie.ingest.Importer;
import fr.vigie.ingest.export.ExportFormat;
import fr.vigie.ingest.export.ExportSettings.AccountReference;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `vigie import <entity> <file…>`, `vigie import dataset <folder>` and `vigie import <export format>
 * <file…>` for the exports platforms make of an account (docs/formats/exports.md).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports files of the canonical formats (docs/formats/README.md) into the store, or the exports",
            "platforms make of an account: meta-business-suite, youtube-studio, crowdtangle (docs/formats/exports.md).",
            "An export's metrics count as observed at --observed-at, else at the file's modification time.",
            "Bad rows go to quarantine (see `vigie quarantine`); re-importing a file changes nothing.",
            "Exit code 1 when rows were quarantined, 3 when a file could not be read at all."
        },
        footer = {
            "",
            "Examples:",
            "  vigie import posts data/posts.ndjson",
            "  vigie import metrics data/post_metrics_2026-09.csv data/post_metrics_2026-10.csv",
            "  vigie import citizen-posts citizen_posts.ndjson   authors are pseudonymised on the way in",
            "  vigie import dataset vigie-data/simulated/paca     every known file, accounts first",
            "  vigie import meta-business-suite --network instagram export_ig_sept.csv",
            "  vigie import meta-business-suite --account facebook:villedemarseille --observed-at 2026-10-01T09:00:00+02:00 fb.csv",
            "  vigie import youtube-studio --account youtube:UC4R8DWoMoI7CAwX8_LjQHig \"Table data.csv\"",
            "  vigie import crowdtangle crowdtangle-2021.csv        posts, metrics and followers at posting",
            "  vigie import api-responses --account bluesky:marseille.fr --observed-at 2026-10-01T09:00:00Z \\",
            "      app.bsky.actor.getProfile.json app.bsky.feed.getAuthorFeed-1.json app.bsky.feed.getAuthorFeed-2.json"
        })
final class ImportCommand implements Callable<Integer> {
    private static final String API_RESPONSES = "api-responses";

    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "<what>",
            description =
                    "accounts, hashtags, snapshots, posts, metrics, comments, citizen-posts, mentions, dataset,"
                            + " an export: meta-business-suite, youtube-studio, crowdtangle, or api-responses (saved API answers)")
    String what;

    @Option(
            names = "--account",
            paramLabel = "<network:handle-or-id>",
            description = "Exports: the account of rows that name none (youtube-studio always needs it);"
                    + " api-responses: the account the saved responses are of")
    String account;

    @Option(
            names = "--network",
            paramLabel = "<network>",
            description = "Exports only: the network of the file (meta-business-suite: facebook or instagram)")
    String network;

    @Option(
            names = "--observed-at",
            paramLabel = "<timestamp>",
            description = "Exports and api-responses: when the export was made or the responses fetched, e.g."
                    + " 2026-10-01T09:00:00+02:00 (default: the file's modification time)")
    String observedAt;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "<file>", description = "Files (for dataset: one folder)")
    List<Path> files;

    @Override
    public Integer call() {
        VigieCommand root = VigieCommand.root(spec);
        Vigie vigie = root.vigie();
        var console = System.console();
        boolean showProgress = console != null && console.isTerminal();
        List<FileOutcome> outcomes = new ArrayList<>();
        var format = ExportFormat.parse(what);
        if (what.equals(API_RESPONSES)) {
            return importApiResponses(vigie);
        }
        if (format.isEmpty() && (account != null || network != null || observedAt != null)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--account, --network and --observed-at are for exports (" + ExportFormat.ids() + ")");
        }
        if (format.isPresent()) {
            var settings = ExportImport.settings(
                    network == null ? null : parseNetwork(network),
                    account == null ? null : parseAccount(account),
                    observedAt == null ? null : parseTime(observedAt));
            ExportImport exports = vigie.exports();
            for (Path file : files) {
                outcomes.add(exports.tryImport(format.get(), file, settings));
                print(outcomes.getLast());
            }
        } else if (what.equals("dataset")) {
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
                                    + ", dataset, or an export: " + ExportFormat.ids()));
            for (Path file : files) {
                outcomes.add(importer.tryImport(entity, file));
                print(outcomes.getLast());
            }
        }
        return exitCode(outcomes);
    }

    /** The saved responses of one fetch of one account, mapped as a collection would. */
    private int importApiResponses(Vigie vigie) {
        if (account == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "api-responses needs --account network:handle-or-id, e.g. bluesky:marseille.fr");
        }
        AccountReference reference = parseAccount(account);
        var imported = vigie.savedResponses()
                .importFetch(
                        reference.network(),
                        reference.reference(),
                        files,
                        observedAt == null ? null : parseTime(observedAt));
        spec.commandLine()
                .getOut()
                .printf(
                        "%s: %d responses archived; %d posts (%d new), %d comments (%d new)%n",
                        imported.accountId(),
                        imported.responses(),
                        imported.posts(),
                        imported.newPosts(),
                        imported.comments(),
                        imported.newComments());
        return ExitCodes.OK;
    }

    private Network parseNetwork(String text) {
        return Network.parse(text)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(), "--network '" + text + "': expected one of " + Network.ids()));
    }

    private AccountReference parseAccount(String text) {
        try {
            return AccountReference.parse(text);
        } catch (fr.vigie.VigieException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Instant parseTime(String text) {
        try {
            return Timestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--observed-at: " + e.getMessage());
        }
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
                case FileOutcome.ExportImported export
                when export.summary().quarantined() > 0 -> code = Math.max(code, ExitCodes.PARTIAL);
                case FileOutcome.ExportImported export -> {}
                case FileOutcome.AccountsImported accounts
                when accounts.summary().quarantined() > 0 -> code = Math.max(code, ExitCodes.PARTIAL);
                case FileOutcome.AccountsImported accounts -> {}
                case FileOutcome.Skipped skipped -> {}
            }
        }
        return code;
    }
}
