package fr.vigie.cli;

import picocli.CommandLine;

/** The explicit list of subcommands; the compiler checks every entry. */
final class Commands {
    private Commands() {}

    static void register(CommandLine cli) {
        // Each feature adds its command here, in the order `vigie --help` lists them.
        cli.addSubcommand(new DemoCommand());
        cli.addSubcommand(new TerritoriesCommand());
        cli.addSubcommand(new AccountsCommand());
        cli.addSubcommand(new SimulateCommand());
        cli.addSubcommand(new KpiCommand());
        cli.addSubcommand(new RankCommand());
        cli.addSubcommand(new PublishCommand());
        cli.addSubcommand(new BestPostsCommand());
        cli.addSubcommand(new PeersCommand());
        cli.addSubcommand(new ImportCommand());
        cli.addSubcommand(new QuarantineCommand());
        cli.addSubcommand(new CollectCommand());
        cli.addSubcommand(new RemapCommand());
        cli.addSubcommand(new ServeCommand());
        cli.addSubcommand(new UsersCommand());
    }
}
