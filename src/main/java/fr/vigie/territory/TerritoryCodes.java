package fr.vigie.territory;

import java.util.List;
import java.util.Locale;

/**
 * Vigie's territory codes. They are the official codes (INSEE code of a commune or a COM, SIREN of
 * an EPCI or EPT) except for départements and régions, whose INSEE codes overlap ("93" is both
 * Seine-Saint-Denis and Provence-Alpes-Côte d'Azur, "01" both Ain and Guadeloupe): those carry the
 * prefixes INSEE itself uses on insee.fr, {@code DEP-13} and {@code REG-93}.
 */
public final class TerritoryCodes {
    static final String DEPARTEMENT_PREFIX = "DEP-";
    static final String REGION_PREFIX = "REG-";

    private TerritoryCodes() {}

    public static String departement(String inseeCode) {
        return DEPARTEMENT_PREFIX + inseeCode;
    }

    public static String region(String inseeCode) {
        return REGION_PREFIX + inseeCode;
    }

    /** The official code behind a Vigie code: {@code DEP-13} → {@code 13}; others unchanged. */
    public static String official(String code) {
        for (String prefix : List.of(DEPARTEMENT_PREFIX, REGION_PREFIX)) {
            if (code.startsWith(prefix)) {
                return code.substring(prefix.length());
            }
        }
        return code;
    }

    /** A code as typed by a person (spaces, lower case: " dep-2a ") in the form the store keeps. */
    public static String normalise(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    /** The Vigie codes a bare code typed by a person may mean: itself, or a département or région. */
    public static List<String> candidates(String typed) {
        String code = normalise(typed);
        return List.of(code, departement(code), region(code));
    }
}
