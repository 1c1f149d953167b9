package fr.vigie.simulate;

import fr.vigie.account.Network;
import fr.vigie.store.SimulationInputs.Place;
import java.util.Set;

/**
 * A territory of the scope with what the model decided about it: its category profile and whether
 * it is a touristic place (far more followers and citizens' posts than its size suggests).
 */
record SimTerritory(Place place, CategoryProfile profile, boolean touristic) {
    /** Départements with a sea coast or high mountains, where touristic communes are more frequent. */
    private static final Set<String> COAST_AND_MOUNTAIN = Set.of(
            "04", "05", "06", "11", "13", "14", "17", "22", "29", "2A", "2B", "30", "33", "34", "35", "38", "40", "44",
            "50", "56", "62", "64", "65", "66", "73", "74", "76", "80", "83", "85", "971", "972", "973", "974", "976");

    /** Minimum presence of a touristic commune per network, in {@link Network} order. */
    private static final double[] TOURISTIC_PRESENCE = {0.85, 0.65, 0.15, 0.10, 0.05, 0.08, 0.03, 0.01, 0.05};

    /** Presence of a tourism account for territories that run thematic accounts, and for touristic communes. */
    private static final double[] TOURISM_PRESENCE = {0.80, 0.85, 0.40, 0.30, 0.05, 0.20, 0.05, 0, 0.10};

    private static final double[] CULTURE_PRESENCE = {0.40, 0.45, 0.15, 0.10, 0, 0.02, 0.03, 0.02, 0.02};
    private static final double[] SMALL_TOURISM_PRESENCE = {0.25, 0.30, 0, 0, 0, 0, 0, 0, 0};

    /** Thematic accounts post at this fraction of the territory's official rate. */
    static final double THEMATIC_RATE = 0.5;

    static final double TOURISTIC_RATE = 1.5;

    /** Probability that a commune of this place's category and département is touristic. */
    static double touristicProbability(Place place) {
        if (!place.kind().equals("commune") || place.population() >= 100_000) {
            return 0;
        }
        String departement = place.departementCode();
        return departement != null && COAST_AND_MOUNTAIN.contains(official(departement)) ? 0.08 : 0.015;
    }

    /** The INSEE code behind a registry code: the registry prefixes départements and régions (DEP-13, REG-93). */
    static String official(String code) {
        return code.startsWith("DEP-") || code.startsWith("REG-") ? code.substring(4) : code;
    }

    double presence(Network network) {
        double base = profile.presence(network);
        return touristic ? Math.max(base, TOURISTIC_PRESENCE[network.ordinal()]) : base;
    }

    /** Thematic themes this territory may run, each with its presence per network. */
    double themePresence(String theme, Network network) {
        int i = network.ordinal();
        return switch (theme) {
            case "tourism" -> profile.thematic() ? TOURISM_PRESENCE[i] : touristic ? SMALL_TOURISM_PRESENCE[i] : 0;
            case "culture" -> profile.thematic() ? CULTURE_PRESENCE[i] : 0;
            default -> 0;
        };
    }

    /** Mean posts per day of an active official account on this network. */
    double postsPerDay(Network network) {
        return profile.facebookPostsPerDay()
                * NetworkModel.of(network).postsFactor()
                * (touristic ? TOURISTIC_RATE : 1);
    }

    /** Population used by the model: the registry's, at least 100 (a few have none). */
    long population() {
        return Math.max(100, place.population());
    }

    String code() {
        return place.code();
    }

    /** Expected posts per day over all its accounts, before random draws (for volume estimates). */
    double expectedPostsPerDay() {
        double total = 0;
        for (Network network : Network.values()) {
            double themed = 0;
            for (String theme : AccountPlanner.THEMES) {
                themed += themePresence(theme, network) * THEMATIC_RATE;
            }
            double repostsShare = NetworkModel.of(network).mentionRate() * RelatedAccounts.REPOST_SHARE;
            total += (presence(network) + themed) * postsPerDay(network) * (1 - repostsShare);
        }
        return total * (1 - profile.dormantShare());
    }
}
