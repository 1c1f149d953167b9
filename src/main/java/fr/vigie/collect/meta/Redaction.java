package fr.vigie.collect.meta;

import org.jspecify.annotations.Nullable;

/** Removes the access token from any text that leaves the connector (messages, archived answers). */
final class Redaction {
    static final String MARK = "[redacted]";

    private Redaction() {}

    static String redact(String text, @Nullable String token) {
        return token == null || token.isEmpty() ? text : text.replace(token, MARK);
    }
}
