package fr.vigie.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What the import of one file did. read = inserted + updated + unchanged + quarantined: updated rows
 * were in the store (same natural key) with other values, which the file corrected; unchanged rows
 * were already there as they are.
 *
 * @param firstQuarantined up to 10 quarantined rows as "file:line field: reason"
 */
public record ImportSummary(
        long importId,
        ImportEntity entity,
        String file,
        long read,
        long inserted,
        long updated,
        long unchanged,
        long quarantined,
        List<String> firstQuarantined) {

    public ImportSummary {
        firstQuarantined = List.copyOf(firstQuarantined);
    }

    /** Lines for people: the counts, then the first quarantine reasons and where to see the rest. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("%s (%s, import #%d): %d read, %d inserted, %d updated, %d unchanged, %d quarantined"
                .formatted(file, entity.id(), importId, read, inserted, updated, unchanged, quarantined));
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
