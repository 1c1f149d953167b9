package fr.vigie.cli;

import fr.vigie.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * vigie run in-process through {@link Main#run} as from a terminal: what the runs print accumulates in
 * out and err until cleared.
 */
final class Terminal {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** What one run printed, and its exit code. */
    record Run(int code, String out, String err) {}

    /** Runs {@code vigie --home home args…} once, in a terminal of its own. */
    static Run once(Path home, String... args) {
        var terminal = new Terminal();
        int code = terminal.atHome(home, args);
        return new Run(code, terminal.out(), terminal.err());
    }

    /** Runs vigie with exactly these arguments and environment variables; returns the exit code. */
    int run(Map<String, String> env, String... args) {
        return Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    /** Runs {@code vigie --home home args…} without environment variables. */
    int atHome(Path home, String... args) {
        return run(Map.of(), prefixed(args, "--home", home.toString()));
    }

    /** Runs {@code vigie --home home --store home/vigie.duckdb args…} with these environment variables. */
    int atStore(Path home, Map<String, String> env, String... args) {
        return run(
                env,
                prefixed(
                        args,
                        "--home",
                        home.toString(),
                        "--store",
                        HomeStore.file(home).toString()));
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    /** Forgets what was printed on out so far. */
    void clearOut() {
        out.getBuffer().setLength(0);
    }

    /** Forgets what was printed on err so far. */
    void clearErr() {
        err.getBuffer().setLength(0);
    }

    /** Forgets what was printed so far, on both streams. */
    void clear() {
        clearOut();
        clearErr();
    }

    private static String[] prefixed(String[] args, String... options) {
        return Stream.concat(Stream.of(options), Stream.of(args)).toArray(String[]::new);
    }
}
