package fr.vigie.account;

import java.util.List;

/**
 * What importing one accounts file did. {@code quarantined} counts lines; {@code problems} may hold
 * several problems of one line.
 */
public record AccountImportSummary(
        String file,
        long importId,
        int read,
        int added,
        int updated,
        int unchanged,
        int quarantined,
        List<LineProblem> problems) {
    public AccountImportSummary {
        problems = List.copyOf(problems);
    }

    @Override
    public String toString() {
        return file + ": " + read + " read, " + added + " added, " + updated + " updated, " + unchanged + " unchanged, "
                + quarantined + " quarantined";
    }
}
