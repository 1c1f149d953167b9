package fr.vigie;

import fr.vigie.cli.VigieCommand;
import java.io.PrintWriter;
import java.util.Map;

/** Entry point of the `vigie` command: builds the command line from the environment and runs it. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int code = run(args, System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        System.exit(code);
    }

    /** Runs one command line; returns its exit code (see {@link fr.vigie.cli.ExitCodes}). */
    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return VigieCommand.commandLine(env, out, err).execute(args);
    }
}
