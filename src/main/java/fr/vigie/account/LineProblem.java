package fr.vigie.account;

/** Why one line of an imported file was quarantined. */
public record LineProblem(String file, long line, String field, String reason) {
    /** "file:line: field: reason", the form editors and terminals link to. */
    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + reason;
    }
}
