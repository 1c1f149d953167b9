package fr.vigie.ingest;

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
