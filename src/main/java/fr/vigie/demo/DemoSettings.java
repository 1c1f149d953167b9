package fr.vigie.demo;

import java.time.LocalDate;

/**
 * What `vigie demo` simulates: a scope (a région by default), a seed and a window of days ending
 * on {@code until}; the palmarès is computed for the month that ends the window.
 */
public record DemoSettings(String scope, long seed, int days, LocalDate until, boolean fresh) {
    /** Provence-Alpes-Côte d'Azur. */
    public static final String DEFAULT_SCOPE = "REG-93";

    public static final long DEFAULT_SEED = 2026;

    public DemoSettings {
        if (days < 31) {
            throw new IllegalArgumentException(
                    "--days must be at least 31 so that a whole month is covered, not " + days);
        }
    }
}
