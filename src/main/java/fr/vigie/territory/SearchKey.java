package fr.vigie.territory;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form names are compared in: lower case, without accents, ligatures spelt out, every run of
 * other characters (hyphen, apostrophe, space) as one space. "Saint-Étienne" and "saint etienne"
 * share a key. The store keeps each territory's key (column name_key) for fast searches.
 */
public final class SearchKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private SearchKey() {}

    public static String of(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String unaccented =
                MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(unaccented).replaceAll(" ").strip();
    }
}
