package fr.vigie.account;

import fr.vigie.account.AccountChange.Kind;
import fr.vigie.account.AccountCsvLine.Problem;
import fr.vigie.account.Reconciliation.Conflict;
import fr.vigie.store.AccountTable;
import fr.vigie.store.ImportJournal;
import fr.vigie.store.ImportJournal.QuarantinedLine;
import fr.vigie.store.ImportJournal.RunCounts;
import fr.vigie.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports one accounts.csv in one transaction: valid lines are registered (idempotently, keyed by
 * network and normalised handle), bad lines go to quarantine with their problems, and the run is
 * journalled in import_run, also when the file cannot be read at all.
 */
final class AccountCsvImport {
    static final String ENTITY = "accounts";

    private final Store store;
    private final AccountTable accounts;
    private final ImportJournal journal;
    private final Clock clock;

    AccountCsvImport(Store store, Clock clock) {
        this.store = store;
        this.accounts = new AccountTable(store);
        this.journal = new ImportJournal(store);
        this.clock = clock;
    }

    AccountImportSummary run(Path file) {
        Instant started = clock.instant();
        try {
            List<CsvLines.Line> lines = CsvLines.read(file, AccountCsvLine.REQUIRED);
            return store.inTransaction(() -> apply(file, lines, started));
        } catch (RuntimeException e) {
            long id = journal.start(ENTITY, file.toString(), started);
            journal.finish(id, clock.instant(), new RunCounts(0, 0, 0, 0, 0), "failed");
            throw e;
        }
    }

    private AccountImportSummary apply(Path file, List<CsvLines.Line> lines, Instant started) {
        String name = file.toString();
        long importId = journal.start(ENTITY, name, started);
        var territories = TypedTerritories.resolve(
                lines.stream().map(l -> l.get("territory_code")).collect(Collectors.toSet()),
                accounts::existingTerritories);
        var registry = new RegisteredAccounts(
                accounts.all().stream().map(AccountRows::account).toList(),
                LocalDate.now(clock.withZone(ZoneId.of("Europe/Paris"))));
        Map<String, Long> handleLines = new HashMap<>();
        Map<String, Long> platformIdLines = new HashMap<>();
        List<Account> added = new ArrayList<>();
        List<Account> updated = new ArrayList<>();
        List<QuarantinedLine> quarantined = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        int unchanged = 0;
        int badLines = 0;
        for (CsvLines.Line line : lines) {
            var parsed =
                    AccountCsvLine.parse(line, territories, file.getFileName().toString());
            List<Problem> lineProblems = new ArrayList<>(parsed.problems());
            if (parsed.request() != null && parsed.handle() != null) {
                var request = parsed.request();
                var handle = parsed.handle();
                Long sameHandle = handleLines.putIfAbsent(handle.network() + " " + handle.handle(), line.number());
                String platformId = request.platformId() != null ? request.platformId() : handle.platformId();
                Long samePlatformId = platformId == null
                        ? null
                        : platformIdLines.putIfAbsent(handle.network() + " " + platformId, line.number());
                if (sameHandle != null) {
                    lineProblems.add(new Problem("handle", "duplicate of line " + sameHandle));
                } else if (samePlatformId != null) {
                    lineProblems.add(new Problem("platform_id", "duplicate of line " + samePlatformId));
                } else {
                    switch (registry.reconcile(request, handle)) {
                        case AccountChange(Kind kind, Account account) when kind == Kind.ADDED -> added.add(account);
                        case AccountChange(Kind kind, Account account)
                        when kind == Kind.UPDATED -> updated.add(account);
                        case AccountChange _ -> unchanged++;
                        case Conflict(String field, String reason) -> lineProblems.add(new Problem(field, reason));
                    }
                }
            }
            if (!lineProblems.isEmpty()) {
                badLines++;
                for (Problem p : lineProblems) {
                    quarantined.add(new QuarantinedLine(line.number(), p.field(), p.reason(), line.raw()));
                    problems.add(new LineProblem(name, line.number(), p.field(), p.reason()));
                }
            }
        }
        updated.forEach(a -> accounts.update(AccountRows.row(a)));
        accounts.insert(added.stream().map(AccountRows::row).toList());
        Instant finished = clock.instant();
        journal.quarantine(importId, name, quarantined, finished);
        var counts = new RunCounts(lines.size(), added.size(), updated.size(), unchanged, badLines);
        journal.finish(importId, finished, counts, "done");
        return new AccountImportSummary(
                name, importId, lines.size(), added.size(), updated.size(), unchanged, badLines, problems);
    }
}
