package fr.vigie.cli;

import fr.vigie.account.AccountRequest;
import fr.vigie.account.AccountRole;
import fr.vigie.account.AccountStatus;
import fr.vigie.account.Network;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie accounts add`: registers (or updates) one account. */
@Command(
        name = "add",
        mixinStandardHelpOptions = true,
        description = {
            "Register one official account of a territory, or update the registered one with the options given."
        },
        footer = {
            "",
            "Examples:",
            "  vigie accounts add --territory 13055 --network x --handle @marseille",
            "      --platform-id 123456789",
            "  vigie accounts add --territory 13055 --network bluesky",
            "      --handle https://bsky.app/profile/marseille.fr",
            "  vigie accounts add --territory 69123 --network instagram",
            "      --handle visiterlyon --role thematic --theme tourism",
            "  vigie accounts add --territory 69123 --network x --handle lyon",
            "      --status left --status-since 2025-01-20"
        })
final class AccountsAddCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--territory", required = true, paramLabel = "CODE", description = "INSEE code or SIREN")
    String territory = "";

    @Option(
            names = "--network",
            required = true,
            paramLabel = "N",
            converter = AccountOptions.NetworkConverter.class,
            description = "facebook, instagram, x, youtube, linkedin, tiktok, bluesky, mastodon, threads")
    Network network = Network.X;

    @Option(names = "--handle", required = true, paramLabel = "H", description = "Handle or profile URL")
    String handle = "";

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            converter = AccountOptions.RoleConverter.class,
            description = "official (default for a new account) or thematic")
    @Nullable AccountRole role;

    @Option(names = "--theme", paramLabel = "T", description = "Theme of a thematic account: tourism, culture, youth…")
    @Nullable String theme;

    @Option(
            names = "--status",
            paramLabel = "STATUS",
            converter = AccountOptions.StatusConverter.class,
            description = "active (default for a new account), dormant, left or migrated")
    @Nullable AccountStatus status;

    @Option(names = "--status-since", paramLabel = "YYYY-MM-DD", description = "Day the status holds from")
    @Nullable LocalDate statusSince;

    @Option(names = "--platform-id", paramLabel = "ID", description = "The platform's stable id, when known")
    @Nullable String platformId;

    @Option(names = "--display-name", paramLabel = "NAME", description = "Name shown on the profile")
    @Nullable String displayName;

    @Override
    public Integer call() {
        var registry = VigieCommand.root(spec).vigie().accounts();
        var change = registry.add(new AccountRequest(
                territory.strip(),
                network,
                handle,
                role,
                theme == null ? null : theme.strip().toLowerCase(Locale.ROOT),
                status,
                statusSince,
                platformId == null ? null : platformId.strip(),
                displayName,
                null,
                "cli"));
        var account = change.account();
        spec.commandLine()
                .getOut()
                .println(change.kind().name().toLowerCase(Locale.ROOT) + " " + account.accountId() + " "
                        + account.url() + " (territory " + account.territoryCode() + ", " + account.role() + ", "
                        + account.status() + ")");
        return ExitCodes.OK;
    }
}
