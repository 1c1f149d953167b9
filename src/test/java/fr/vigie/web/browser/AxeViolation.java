package fr.vigie.web.browser;

/**
 * One axe-core rule a page breaks.
 *
 * @param id the axe rule id, e.g. {@code image-alt}
 * @param impact {@code minor}, {@code moderate}, {@code serious} or {@code critical}
 * @param help axe's one-line explanation
 * @param nodes how many elements of the page break the rule
 */
public record AxeViolation(String id, String impact, String help, int nodes) {

    /** Serious and critical violations block a page; minor and moderate ones are reported only. */
    public boolean blocking() {
        return impact.equals("serious") || impact.equals("critical");
    }

    @Override
    public String toString() {
        return id + " (" + impact + ", " + nodes + " element(s)): " + help;
    }
}
