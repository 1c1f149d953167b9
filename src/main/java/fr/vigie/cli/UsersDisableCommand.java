package fr.vigie.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie users disable`: stops a user from signing in; their open sessions end. */
@Command(
        name = "disable",
        mixinStandardHelpOptions = true,
        description = "Disable a user: they can no longer sign in and their open sessions end. Nothing is deleted.",
        footer = {"", "Examples:", "  vigie users disable com@marseille.fr"})
final class UsersDisableCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EMAIL", description = "The user's email")
    String email = "";

    @Override
    public Integer call() {
        var user = VigieCommand.root(spec).vigie().members().disable(email);
        spec.commandLine().getOut().println("disabled " + user.email());
        return ExitCodes.OK;
    }
}
