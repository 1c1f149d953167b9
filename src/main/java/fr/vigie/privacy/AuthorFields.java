package fr.vigie.privacy;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Withholds citizens' identities from raw lines kept in the quarantine: every top-level JSON field
 * whose name starts with {@code author} (author_id, author_name, author, …) is removed. Works on
 * truncated lines too; when a line still mentions an author field afterwards, the whole line is
 * withheld (null) rather than risk keeping an identity.
 */
public final class AuthorFields {
    /** "author…": then a string (possibly cut), a number/literal, or a flat object/array. */
    private static final Pattern AUTHOR_FIELD = Pattern.compile(
            "\"author[^\"]*\"\\s*:\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"?|\\{[^{}]*}?|\\[[^\\[\\]]*]?|[^,}\\]]*)\\s*,?");

    private static final Pattern STILL_AUTHOR = Pattern.compile("\"author", Pattern.CASE_INSENSITIVE);

    private AuthorFields() {}

    public static @Nullable String withhold(String rawLine) {
        String scrubbed = AUTHOR_FIELD.matcher(rawLine).replaceAll("").replaceFirst(",\\s*}\\s*$", "}");
        return STILL_AUTHOR.matcher(scrubbed).find() ? null : scrubbed;
    }
}
