package fr.vigie.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hashtags as stored: lower case, without {@code #}, made of Unicode letters, digits and {@code _}
 * (accents kept: {@code #fêtedelamusique}).
 */
public final class Hashtags {
    private Hashtags() {}

    /** A tag as written in a file ({@code #Marseille}, {@code marseille}) in stored form. */
    public static String normalise(String tag) {
        String s = tag.strip();
        while (s.startsWith("#")) {
            s = s.substring(1);
        }
        boolean valid = !s.isEmpty();
        for (int i = 0; valid && i < s.length(); i += Character.charCount(s.codePointAt(i))) {
            valid = isTagCodePoint(s.codePointAt(i));
        }
        if (!valid) {
            throw new IllegalArgumentException(
                    "not a hashtag: '" + tag.strip() + "' (letters, digits and _ only, e.g. #marseille)");
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * The distinct hashtags of a text, in order of appearance. A {@code #} counts only at the start,
     * after white space or after opening punctuation, so URL fragments ({@code /page#top},
     * {@code /#top}) and HTML entities ({@code &#39;}) are not taken for tags.
     */
    public static List<String> extract(String text) {
        List<String> tags = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf('#', i)) >= 0) {
            boolean starts = i == 0 || startsATag(text.codePointBefore(i));
            int end = i + 1;
            while (end < text.length() && isTagCodePoint(text.codePointAt(end))) {
                end += Character.charCount(text.codePointAt(end));
            }
            if (starts && end > i + 1) {
                String tag = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
            i = end;
        }
        return tags;
    }

    private static boolean startsATag(int previous) {
        return Character.isWhitespace(previous) || "([{\"'«“‘¿¡".indexOf(previous) >= 0;
    }

    private static boolean isTagCodePoint(int c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
