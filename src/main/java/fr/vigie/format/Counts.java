package fr.vigie.format;

import org.jspecify.annotations.Nullable;

/**
 * Parses counts (followers, likes, …). Empty or absent means unknown, never zero; negative,
 * fractional or formatted values ({@code 1 000}, {@code 1,000}) are refused rather than guessed.
 */
public final class Counts {
    private Counts() {}

    /** The count, null when unknown, or IllegalArgumentException naming the problem. */
    public static @Nullable Long parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        if (s.charAt(0) == '-' && isDigits(s.substring(1))) {
            throw new IllegalArgumentException("negative count: " + s);
        }
        if (!isDigits(s)) {
            throw new IllegalArgumentException("not an integer count: '" + s + "'");
        }
        if (s.length() > 18) {
            throw new IllegalArgumentException("count too large: " + s);
        }
        return Long.parseLong(s);
    }

    /** True when the text is one or more ASCII digits and nothing else. */
    static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
