package fr.vigie.discover;

import fr.vigie.collect.AccountSearch.Candidate;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Why a candidate may be a territory's official account, each reason with its weight: the
 * territory's website verified by the platform (4) or only mentioned (2), the name in the handle
 * (2) or the display name (1), words an institution uses ("ville de", "mairie", "officiel"… : 1),
 * a platform verification (2). The weights are documented in docs/discovery.md; a person decides.
 */
final class Evidence {
    private static final List<String> INSTITUTION_WORDS = List.of(
            "ville de",
            "ville d'",
            "mairie",
            "commune",
            "officiel",
            "officielle",
            "metropole",
            "departement",
            "region",
            "communaute de communes",
            "communaute d'agglomeration",
            "agglomeration",
            "conseil");

    /** One reason and its weight. */
    record Reason(String text, int weight) {}

    private Evidence() {}

    static List<Reason> of(Candidate candidate, String territoryName, @Nullable String website) {
        List<Reason> reasons = new ArrayList<>();
        String slug = slug(territoryName);
        if (website != null) {
            String site = website.toLowerCase(Locale.ROOT)
                    .replaceFirst("^https?://", "")
                    .replaceFirst("^www\\.", "")
                    .replaceFirst("/.*$", "");
            if (candidate.verifiedWebsites().stream().anyMatch(d -> d.equals(site) || d.endsWith("." + site))) {
                reasons.add(new Reason("website " + site + " verified by the platform", 4));
            } else if (candidate.websites().stream().anyMatch(d -> d.equals(site) || d.endsWith("." + site))) {
                reasons.add(new Reason("links to " + site, 2));
            }
        }
        if (!slug.isEmpty() && slug(candidate.handle()).contains(slug)) {
            reasons.add(new Reason("name in the handle", 2));
        }
        String display = folded(candidate.displayName());
        if (!display.isEmpty() && display.contains(folded(territoryName))) {
            reasons.add(new Reason("name in the display name", 1));
        }
        String text = display + " " + folded(candidate.description());
        INSTITUTION_WORDS.stream()
                .filter(text::contains)
                .findFirst()
                .ifPresent(word -> reasons.add(new Reason("says '" + word + "'", 1)));
        if (candidate.verified()) {
            reasons.add(new Reason("verified by the platform", 2));
        }
        return reasons;
    }

    /** Lower case, without accents, for comparisons. */
    static String folded(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'');
    }

    /** Letters and digits only: "Saint-Étienne" is "saintetienne". */
    static String slug(String text) {
        return folded(text).replaceAll("[^a-z0-9]", "");
    }
}
