package fr.vigie.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `vigie accounts`: the registry of the territories' official accounts. */
@Command(
        name = "accounts",
        mixinStandardHelpOptions = true,
        description = "Registry of the territories' official accounts: import accounts.csv files, list, add one,"
                + " record status changes and read their history.",
        footer = {
            "",
            "Examples:",
            "  vigie accounts import data/accounts.csv",
            "  vigie accounts list --territory 13055",
            "  vigie accounts add --territory 13055 --network instagram --handle @marseille",
            "",
            "Handles and profile URLs are normalised per network: see docs/accounts.md."
        },
        subcommands = {
            AccountsImportCommand.class,
            AccountsListCommand.class,
            AccountsAddCommand.class,
            AccountsStatusCommand.class,
            AccountsHistoryCommand.class,
            AccountsDiscoverCommand.class,
            CommandLine.HelpCommand.class
        })
final class AccountsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "Missing subcommand: import, list, add, status, history or discover (see vigie accounts --help)");
    }
}
