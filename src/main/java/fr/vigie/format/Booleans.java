package fr.vigie.format;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Parses flags such as {@code simulated}: true/false, 1/0, yes/no, any case; absent means false. */
public final class Booleans {
    private Booleans() {}

    public static boolean parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException("not a boolean: '" + text.strip() + "' (true or false)");
        };
    }
}
