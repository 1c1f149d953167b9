package fr.vigie.simulate;

import fr.vigie.account.Network;
import java.text.Normalizer;
import java.util.Locale;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/** Realistic handles and display names, built from the territory's name the way authorities do. */
final class Handles {
    private static final String[] MASTODON_INSTANCES = {
        "mastodon.social", "mastodon.fr", "piaille.fr", "mastodon.online", "social.numerique.gouv.fr"
    };

    private Handles() {}

    /** Lower-case ASCII words of a name: "Provence-Alpes-Côte d'Azur" → "provence alpes cote d azur". */
    static String words(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** "Aix-en-Provence" → "aixenprovence" (separator "") or "aix-en-provence" (separator "-"). */
    static String slug(String name, String separator) {
        return words(name).replace(" ", separator);
    }

    /**
     * The stem of a handle before network rules apply, e.g. "villedemarseille"; style is a uniform
     * draw in [0, 1) so every network of one territory shares the same naming habit.
     */
    static String stem(SimTerritory territory, @Nullable String theme, double style, String sep) {
        var place = territory.place();
        String name = slug(shortName(place.name()), sep);
        if (theme != null) {
            return switch (theme) {
                case "tourism" ->
                    style < 0.5 ? "visit" + sep + name : style < 0.8 ? name + sep + "tourisme" : "ot" + sep + name;
                default -> style < 0.6 ? name + sep + "culture" : "culture" + sep + name;
            };
        }
        return switch (place.kind()) {
            case "commune" ->
                style < 0.4
                        ? "ville" + sep + "de" + sep + name
                        : style < 0.6
                                ? "mairie" + sep + "de" + sep + name
                                : style < 0.75 ? name + sep + "officiel" : name;
            case "departement" ->
                style < 0.4
                        ? "departement" + sep
                                + SimTerritory.official(place.code()).toLowerCase(Locale.ROOT)
                        : style < 0.6
                                ? "cd" + SimTerritory.official(place.code()).toLowerCase(Locale.ROOT)
                                : name;
            case "region" -> style < 0.6 ? "region" + sep + name : name;
            default -> name;
        };
    }

    /** EPCI names are long: the field abbreviates their legal form. */
    private static String shortName(String name) {
        return words(name)
                .replaceFirst("^communaute de communes (de |du |des |d )?", "cc ")
                .replaceFirst("^communaute d agglomeration (de |du |des |d )?", "agglo ")
                .replaceFirst("^communaute urbaine (de |du |des |d )?", "cu ")
                .replaceFirst("^metropole (de |du |des |d )?", "metropole ")
                .replaceFirst("^etablissement public territorial ", "ept ");
    }

    /** The handle on a network for a stem and a uniqueness suffix (empty when the stem is free). */
    static String forNetwork(Network network, String stem, String hyphenStem, String suffix, double style) {
        return switch (network) {
            case X -> cut(stem, 15 - suffix.length()) + suffix;
            case INSTAGRAM, THREADS, YOUTUBE -> cut(stem, 30 - suffix.length()) + suffix;
            case TIKTOK -> cut(stem, 24 - suffix.length()) + suffix;
            case LINKEDIN -> hyphenStem + (suffix.isEmpty() ? "" : "-" + suffix);
            case BLUESKY -> style < 0.35 ? stem + suffix + ".fr" : cut(stem, 18) + suffix + ".bsky.social";
            case MASTODON ->
                cut(stem, 30) + suffix + "@" + MASTODON_INSTANCES[(int) (style * 1000) % MASTODON_INSTANCES.length];
            case FACEBOOK -> atLeastFive(cut(stem, 41 - suffix.length()) + suffix);
        };
    }

    /** Facebook usernames have at least 5 characters: short names get the usual ".officiel". */
    private static String atLeastFive(String handle) {
        return handle.length() >= 5 ? handle : handle + ".officiel";
    }

    private static String cut(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    static String displayName(SimTerritory territory, @Nullable String theme) {
        var place = territory.place();
        if (theme != null) {
            return theme.equals("tourism") ? place.name() + " Tourisme" : "Culture – " + place.name();
        }
        return switch (place.kind()) {
            case "commune" -> "Ville de " + place.name();
            case "departement" -> "Département – " + place.name();
            case "region" -> "Région " + place.name();
            default -> place.name();
        };
    }

    /** Hashtags a territory promotes: 1 to 3, its name first. */
    static java.util.List<String> hashtags(SimTerritory territory, boolean big, RandomGenerator random) {
        String name = slug(shortName(territory.place().name()), "");
        var tags = new java.util.ArrayList<String>();
        tags.add(name);
        if (territory.touristic() || big || Draws.chance(random, 0.3)) {
            tags.add("visit" + name);
        }
        if (Draws.chance(random, 0.4)) {
            tags.add(territory.place().kind().equals("region") ? "region" + name : "ma" + name);
        }
        return tags;
    }
}
