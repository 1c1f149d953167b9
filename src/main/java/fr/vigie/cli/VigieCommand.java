package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.config.Workspace;
import fr.vigie.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Root of the command tree; holds the workspace options shared by every subcommand. */
@Command(
        name = "vigie",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Open observatory of how French local authorities use social media.",
        footer = {
            "",
            "Examples:",
            "  vigie demo                                   simulate PACA, compute, print the podiums",
            "  vigie territories search Marseille",
            "  vigie import posts data/posts.ndjson",
            "  vigie kpi compute --period 2026-10",
            "  vigie rank --category grandes-villes --period 2026-10",
            "",
            "Workspace: --home, else $VIGIE_HOME, else ./vigie-data (store: vigie.duckdb inside it)."
        },
        subcommands = {CommandLine.HelpCommand.class})
public final class VigieCommand implements AutoCloseable {
    @Option(
            names = "--home",
            description = "Workspace folder (store, exports, datasets). Default: $VIGIE_HOME or ./vigie-data")
    @Nullable Path home;

    @Option(names = "--store", description = "Store file. Default: $VIGIE_STORE or <home>/vigie.duckdb")
    @Nullable Path store;

    private final Map<String, String> env;
    private @Nullable Vigie vigie;

    VigieCommand(Map<String, String> env) {
        this.env = env;
    }

    /** The command line with every subcommand registered and errors mapped to exit codes. */
    public static CommandLine commandLine(Map<String, String> env, PrintWriter out, PrintWriter err) {
        var root = new VigieCommand(env);
        var cli = new CommandLine(root);
        Commands.register(cli);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setExecutionStrategy(parseResult -> {
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                root.close();
            }
        });
        return cli;
    }

    Workspace workspace() {
        return Workspace.resolve(home, store, env);
    }

    Map<String, String> env() {
        return env;
    }

    /** The opened workspace, opened on first use by a subcommand. */
    Vigie vigie() {
        if (vigie == null) {
            vigie = Vigie.open(workspace(), env);
        }
        return vigie;
    }

    /** The root command of any command in the tree. */
    static VigieCommand root(CommandSpec spec) {
        return (VigieCommand) spec.root().userObject();
    }

    @Override
    public void close() {
        if (vigie != null) {
            try {
                vigie.close();
            } catch (StoreException e) {
                // closing after a failure must not hide the failure itself
            }
            vigie = null;
        }
    }
}
