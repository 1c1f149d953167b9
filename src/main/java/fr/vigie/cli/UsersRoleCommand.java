package fr.vigie.cli;

import fr.vigie.member.Role;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie users role`: changes a user's role; their open sessions end. */
@Command(
        name = "role",
        mixinStandardHelpOptions = true,
        description = "Change a user's role (admin, analyst, jury, member). Their open sessions end at once.",
        footer = {
            "",
            "Examples:",
            "  vigie users role com@marseille.fr analyst",
            "  vigie users role camille@example.fr member --territory 69123"
        })
final class UsersRoleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EMAIL", description = "The user's email")
    String email = "";

    @Parameters(index = "1", paramLabel = "ROLE", description = "admin, analyst, jury or member")
    String role = "";

    @Option(names = "--territory", paramLabel = "CODE", description = "The territory of a member (kept when omitted)")
    @Nullable String territory;

    @Override
    public Integer call() {
        var user = VigieCommand.root(spec).vigie().members().changeRole(email, Role.parse(role), territory);
        spec.commandLine()
                .getOut()
                .println(user.email() + " is now " + user.role().id()
                        + (user.territoryCode() == null ? "" : " of territory " + user.territoryCode()));
        return ExitCodes.OK;
    }
}
