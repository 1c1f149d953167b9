package fr.vigie.cli;

import fr.vigie.account.Account;
import fr.vigie.account.AccountFilter;
import fr.vigie.account.AccountRegistry;
import fr.vigie.account.AccountStatus;
import fr.vigie.account.Network;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie accounts list`: the registered accounts as a table, or as accounts.csv that imports back. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List registered accounts, by territory, network and handle.",
        footer = {
            "",
            "Examples:",
            "  vigie accounts list --territory 13055",
            "  vigie accounts list --network bluesky --status active",
            "  vigie accounts list --format csv > accounts.csv   (imports back unchanged)"
        })
final class AccountsListCommand implements Callable<Integer> {
    enum Format {
        table,
        csv
    }

    private static final List<String> CSV_COLUMNS = AccountRegistry.CSV_COLUMNS;

    @Spec
    CommandSpec spec;

    @Option(names = "--territory", paramLabel = "CODE", description = "Only this territory (INSEE code or SIREN)")
    @Nullable String territory;

    @Option(names = "--network", paramLabel = "N", converter = AccountOptions.NetworkConverter.class)
    @Nullable Network network;

    @Option(
            names = "--status",
            converter = AccountOptions.StatusConverter.class,
            description = "active, dormant, left, migrated")
    @Nullable AccountStatus status;

    @Option(names = "--format", description = "table (default) or csv (the accounts.csv format)")
    Format format = Format.table;

    @Override
    public Integer call() {
        var registry = VigieCommand.root(spec).vigie().accounts();
        List<Account> accounts = registry.list(new AccountFilter(territory, network, status));
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case table -> printTable(accounts, out);
            case csv -> printCsv(accounts, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printTable(List<Account> accounts, PrintWriter out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("ACCOUNT", "TERRITORY", "NETWORK", "HANDLE", "ROLE", "STATUS", "SINCE", "URL", "SIMULATED"));
        for (Account a : accounts) {
            String role = a.theme() == null ? a.role().id() : a.role().id() + " (" + a.theme() + ")";
            rows.add(List.of(
                    a.accountId(),
                    a.territoryCode(),
                    a.network().id(),
                    a.handle(),
                    role,
                    a.status().id(),
                    Objects.toString(a.statusSince(), ""),
                    a.url(),
                    a.simulated() ? "simulated" : ""));
        }
        int[] widths = new int[rows.getFirst().size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format("%-" + widths[i] + "s", row.get(i))).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println(accounts.size() + " account" + (accounts.size() == 1 ? "" : "s"));
    }

    private static void printCsv(List<Account> accounts, PrintWriter out) {
        try {
            var printer = new CSVPrinter(
                    out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
            printer.printRecord(CSV_COLUMNS);
            for (Account a : accounts) {
                printer.printRecord(Arrays.asList(
                        a.territoryCode(),
                        a.network().id(),
                        a.handle(),
                        a.role().id(),
                        a.theme(),
                        a.status().id(),
                        a.statusSince(),
                        a.platformId(),
                        a.displayName(),
                        a.simulated()));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
