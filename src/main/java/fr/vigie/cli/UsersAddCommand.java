package fr.vigie.cli;

import fr.vigie.VigieException;
import fr.vigie.member.NewUser;
import fr.vigie.member.Role;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie users add`: creates a user; the password never travels on the command line. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Create a user of the member space. The password (12 characters or more) is read from"
                    + " $VIGIE_NEW_PASSWORD, else from the first line of standard input; it is never an argument."
        },
        footer = {
            "",
            "Examples:",
            "  VIGIE_NEW_PASSWORD='…' vigie users add --email admin@example.fr --role admin --name 'Camille'",
            "  vigie users add --email com@marseille.fr --role member --territory 13055 < password.txt",
            "",
            "Roles: admin (manages users), analyst (every dashboard and download), jury (awards),",
            "member (its territory's dashboard, downloads and accounts list; needs --territory)."
        })
final class UsersAddCommand implements Callable<Integer> {
    static final String PASSWORD_ENV = "VIGIE_NEW_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(
            names = "--email",
            required = true,
            paramLabel = "EMAIL",
            description = "Sign-in email (stored in lower case)")
    String email = "";

    @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, analyst, jury or member")
    String role = "";

    @Option(names = "--territory", paramLabel = "CODE", description = "The member's territory (INSEE code or SIREN)")
    @Nullable String territory;

    @Option(names = "--name", paramLabel = "NAME", description = "Name shown in the member space")
    @Nullable String name;

    @Override
    public Integer call() {
        Role parsed = Role.parse(role);
        char[] password = password();
        try {
            var user = VigieCommand.root(spec)
                    .vigie()
                    .members()
                    .create(new NewUser(email, name, parsed, territory), password);
            spec.commandLine()
                    .getOut()
                    .println("added " + user.email() + " (" + user.role().id()
                            + (user.territoryCode() == null ? "" : ", territory " + user.territoryCode()) + ")");
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCodes.OK;
    }

    private char[] password() {
        String fromEnv = VigieCommand.root(spec).env().get(PASSWORD_ENV);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        var console = System.console();
        if (console != null && console.isTerminal()) {
            char[] typed = console.readPassword("Password for %s: ", email);
            if (typed != null) {
                return typed;
            }
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new VigieException(
                        "password: set " + PASSWORD_ENV + " or give it on the first line of standard input");
            }
            return line.toCharArray();
        } catch (IOException e) {
            throw new VigieException("password: cannot read standard input: " + e.getMessage());
        }
    }
}
