package fr.vigie.ingest;

import fr.vigie.ingest.export.ExportFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * What the import of one platform export did. read = export rows that hold a post (skipped lines
 * aside) = posts inserted + updated + unchanged + quarantined; metrics and snapshots come with them.
 *
 * @param skipped lines that are not data (a Total row, a line of column descriptions)
 * @param firstQuarantined up to 10 quarantined rows as "file:line field: reason"
 */
public record ExportSummary(
        long importId,
        ExportFormat format,
        String file,
        long read,
        long skipped,
        long quarantined,
        Tally posts,
        Tally metrics,
        Tally snapshots,
        List<String> firstQuarantined) {

    public ExportSummary {
        firstQuarantined = List.copyOf(firstQuarantined);
    }

    /** What the merge did to one table. */
    public record Tally(long inserted, long updated, long unchanged) {
        @Override
        public String toString() {
            return inserted + " inserted, " + updated + " updated, " + unchanged + " unchanged";
        }
    }

    /** Lines for people: the counts per table, then the first quarantine reasons and where to see the rest. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("%s (%s, import #%d): %d read, %d skipped, %d quarantined"
                .formatted(file, format.id(), importId, read, skipped, quarantined));
        lines.add("  posts: " + posts + "; metrics: " + metrics + "; snapshots: " + snapshots);
        for (String reason : firstQuarantined) {
            lines.add("  " + reason);
        }
        if (quarantined > firstQuarantined.size()) {
            lines.add("  … %d more: vigie quarantine --import %d"
                    .formatted(quarantined - firstQuarantined.size(), importId));
        }
        return lines;
    }
}
