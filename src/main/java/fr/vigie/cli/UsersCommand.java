package fr.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `vigie users`: the people who sign in to the member space. */
@Command(
        name = "users",
        mixinStandardHelpOptions = true,
        description = "Users of the member space: create them, list them, change their role, disable them."
                + " Passwords are stored as Argon2id hashes only (docs/members.md).",
        footer = {
            "",
            "Examples:",
            "  VIGIE_NEW_PASSWORD='…' vigie users add --email admin@example.fr --role admin",
            "  vigie users add --email com@marseille.fr --role member --territory 13055 < password.txt",
            "  vigie users list",
            "  vigie users role com@marseille.fr analyst",
            "  vigie users disable com@marseille.fr"
        },
        subcommands = {
            UsersAddCommand.class,
            UsersListCommand.class,
            UsersRoleCommand.class,
            UsersDisableCommand.class,
            CommandLine.HelpCommand.class
        })
final class UsersCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "Missing subcommand: add, list, role or disable (see vigie users --help)");
    }
}
