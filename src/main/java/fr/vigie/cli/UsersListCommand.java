package fr.vigie.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `vigie users list`: every user, without anything secret. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the users of the member space: email, role, territory, name, state, creation time.",
        footer = {"", "Examples:", "  vigie users list"})
final class UsersListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var users = VigieCommand.root(spec).vigie().members().users();
        out.println("email\trole\tterritory\tname\tstate\tcreated_at");
        for (var user : users) {
            out.println(String.join(
                    "\t",
                    user.email(),
                    user.role().id(),
                    user.territoryCode() == null ? "" : user.territoryCode(),
                    user.displayName() == null ? "" : user.displayName(),
                    user.disabled() ? "disabled" : "active",
                    user.createdAt().toString()));
        }
        spec.commandLine().getErr().println(users.size() + " user(s)");
        return ExitCodes.OK;
    }
}
