package fr.vigie.account;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * LinkedIn organisation pages, stored as {@code company/slug}, {@code school/slug} or
 * {@code showcase/slug} (case-insensitive). A bare slug means a company page. Personal profiles
 * (/in/…) are refused: territories speak through organisation pages.
 */
final class LinkedInHandles {
    private static final Set<String> KINDS = Set.of("company", "school", "showcase");
    private static final Pattern SLUG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._&-]{0,99}");

    private LinkedInHandles() {}

    static HandleCheck normalise(ProfileAddress a) {
        String kind = "company";
        String slug = a.input();
        if (a.isUrl()) {
            if (!a.hostIs("linkedin.com")) {
                return a.wrongHost("linkedin.com");
            }
            kind = a.segment(0).toLowerCase(Locale.ROOT);
            slug = a.segment(1);
            // further parts are tabs of the page (about, posts, people…): the page stays the same
        } else if (slug.contains("/")) {
            kind = slug.substring(0, slug.indexOf('/')).toLowerCase(Locale.ROOT);
            slug = slug.substring(slug.indexOf('/') + 1);
        }
        if (kind.equals("in")) {
            return a.malformed("a personal profile: Vigie registers organisation pages (company/, school/, showcase/)");
        }
        if (!KINDS.contains(kind)) {
            return a.malformed("a LinkedIn page is company/<slug>, school/<slug> or showcase/<slug>");
        }
        String lower = slug.toLowerCase(Locale.ROOT);
        if (!SLUG.matcher(lower).matches()) {
            return a.malformed("a LinkedIn page name has letters, digits, '-', '_', '.' or '&'");
        }
        return a.valid(kind + "/" + lower, "https://www.linkedin.com/" + kind + "/" + lower);
    }
}
