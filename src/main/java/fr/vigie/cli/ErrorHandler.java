package fr.vigie.cli;

import fr.vigie.store.StoreException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Maps every failure to one clear line and an exit code; stack traces only for bugs. */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parseResult) {
        var err = cli.getErr();
        switch (e) {
            case fr.vigie.VigieException user -> err.println("vigie: " + user.getMessage());
            case StoreException store -> err.println("vigie: store: " + store.getMessage());
            case UncheckedIOException io ->
                err.println("vigie: " + io.getCause().getMessage());
            case IllegalArgumentException bad -> err.println("vigie: " + bad.getMessage());
            default -> {
                err.println("vigie: internal error, please report it with this trace:");
                e.printStackTrace(err);
                return ExitCodes.INTERNAL;
            }
        }
        return ExitCodes.USER_ERROR;
    }
}
