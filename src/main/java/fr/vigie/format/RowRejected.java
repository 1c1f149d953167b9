package fr.vigie.format;

import org.jspecify.annotations.Nullable;

/**
 * A row that fails validation: the field at fault and why. Thrown once per bad row, so it carries
 * no stack trace.
 */
public final class RowRejected extends RuntimeException {
    private final @Nullable String field;

    public RowRejected(@Nullable String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public @Nullable String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
