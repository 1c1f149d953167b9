package fr.vigie.ingest;

import fr.vigie.account.AccountImportSummary;
import java.util.List;

/** The outcome of one file of a `vigie import`: imported (perhaps partly), failed, or skipped. */
public sealed interface FileOutcome {
    /** Lines for people. */
    List<String> describe();

    record Imported(ImportSummary summary) implements FileOutcome {
        @Override
        public List<String> describe() {
            return summary.describe();
        }
    }

    /** A platform export (Meta Business Suite, YouTube Studio, CrowdTangle), perhaps partly imported. */
    record ExportImported(ExportSummary summary) implements FileOutcome {
        @Override
        public List<String> describe() {
            return summary.describe();
        }
    }

    /** An accounts registry file, imported by the accounts feature (up to 10 problems shown). */
    record AccountsImported(AccountImportSummary summary) implements FileOutcome {
        @Override
        public List<String> describe() {
            var lines = new java.util.ArrayList<String>();
            lines.add(summary.toString());
            summary.problems().stream().limit(10).map(p -> "  " + p).forEach(lines::add);
            if (summary.problems().size() > 10) {
                lines.add("  … " + (summary.problems().size() - 10) + " more: vigie quarantine --import "
                        + summary.importId());
            }
            return lines;
        }
    }

    /** Nothing of the file reached the store; the message names the file and what to fix. */
    record Failed(String file, String message) implements FileOutcome {
        @Override
        public List<String> describe() {
            return List.of(message);
        }
    }

    record Skipped(String file, String reason) implements FileOutcome {
        @Override
        public List<String> describe() {
            return List.of(file + ": skipped, " + reason);
        }
    }
}
