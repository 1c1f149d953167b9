package fr.vigie.ranking;

import fr.vigie.kpi.KpiCatalogue;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A published edition of a palmarès: the one stored for a period under a methodology version, as it
 * was stored (docs/methodology.md, "Movement").
 *
 * @param period the edition's period label, e.g. "2025"
 * @param methodologyVersion the methodology it was computed under, e.g. "1.0"
 * @param storedAt when its rows were stored
 */
public record Edition(String period, String methodologyVersion, Instant storedAt) {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** "edition 2025 (methodology 1.0, stored 2026-01-15)", the stored day in Paris time. */
    public String label() {
        return "edition " + period + " (methodology " + methodologyVersion + ", stored "
                + storedAt.atZone(PARIS).toLocalDate() + ")";
    }

    /** Whether the edition was computed under another methodology than the current one. */
    public boolean mixesMethodologies() {
        return !methodologyVersion.equals(KpiCatalogue.METHODOLOGY_VERSION);
    }

    /** The sentence every output carries when the definitions differ. */
    public String mixedMethodologiesNote() {
        return "The edition was computed under methodology " + methodologyVersion + ", this palmarès under "
                + KpiCatalogue.METHODOLOGY_VERSION + ": the movement mixes two definitions of the ranked values.";
    }
}
