package fr.vigie.simulate;

import fr.vigie.account.Network;
import fr.vigie.store.SimulationInputs.Place;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Behaviour of one category of territory: probability of an official account per network (in
 * {@link Network} order), mean Facebook posts per day of an active account, share of dormant
 * accounts, and whether it runs thematic accounts (tourism, culture). Parameters of a model, not
 * measurements: docs/simulator.md lists them.
 */
record CategoryProfile(
        String slug, double[] presence, double facebookPostsPerDay, double dormantShare, boolean thematic) {

    //                                       posts/day dormant thematic  fb    ig    x     yt    li    tt    bsky  masto
    // threads
    static final CategoryProfile VILLAGES =
            of("villages", 0.15, 0.12, false, 0.15, 0.03, 0.01, 0.005, 0.005, 0, 0.002, 0.002, 0.001);

    private static final Map<String, CategoryProfile> BY_SLUG = Stream.of(
                    VILLAGES,
                    of("petites-villes", 1.4, 0.06, false, 0.80, 0.45, 0.12, 0.08, 0.10, 0.02, 0.03, 0.02, 0.03),
                    of("villes-moyennes", 2.5, 0.03, false, 0.97, 0.80, 0.60, 0.45, 0.60, 0.12, 0.20, 0.08, 0.20),
                    of("grandes-villes", 3.0, 0.01, true, 1.0, 0.97, 0.90, 0.85, 0.90, 0.35, 0.55, 0.25, 0.45),
                    of("communautes-communes", 0.8, 0.08, false, 0.45, 0.12, 0.05, 0.05, 0.15, 0, 0.01, 0.01, 0.01),
                    of(
                            "communautes-agglomeration",
                            1.5,
                            0.04,
                            false,
                            0.90,
                            0.55,
                            0.40,
                            0.30,
                            0.55,
                            0.05,
                            0.10,
                            0.04,
                            0.08),
                    of("communautes-urbaines", 1.8, 0.02, false, 0.95, 0.75, 0.65, 0.45, 0.75, 0.10, 0.20, 0.08, 0.15),
                    of("metropoles", 2.5, 0.01, true, 1.0, 0.95, 0.90, 0.80, 0.95, 0.25, 0.50, 0.25, 0.35),
                    of("ept", 1.5, 0.02, false, 0.95, 0.75, 0.70, 0.50, 0.75, 0.10, 0.25, 0.10, 0.15),
                    of("departements", 2.5, 0.01, true, 1.0, 0.95, 0.95, 0.85, 0.95, 0.25, 0.55, 0.25, 0.35),
                    of("regions", 3.0, 0, true, 1.0, 1.0, 1.0, 0.95, 1.0, 0.40, 0.75, 0.40, 0.50),
                    of(
                            "collectivites-outre-mer",
                            1.5,
                            0.03,
                            true,
                            0.95,
                            0.60,
                            0.50,
                            0.40,
                            0.40,
                            0.10,
                            0.10,
                            0.05,
                            0.10))
            .collect(Collectors.toMap(CategoryProfile::slug, Function.identity()));

    private static CategoryProfile of(
            String slug, double postsPerDay, double dormant, boolean thematic, double... presence) {
        if (presence.length != Network.values().length) {
            throw new IllegalStateException("one presence probability per network expected for " + slug);
        }
        return new CategoryProfile(slug, presence, postsPerDay, dormant, thematic);
    }

    double presence(Network network) {
        return presence[network.ordinal()];
    }

    /**
     * The profile of the territory's configured category when the model knows that slug, else one
     * derived from its kind, EPCI type and population with the field's usual thresholds.
     */
    static CategoryProfile forPlace(Place place) {
        CategoryProfile configured = place.category() == null ? null : BY_SLUG.get(place.category());
        return configured != null ? configured : BY_SLUG.get(derivedSlug(place));
    }

    static CategoryProfile bySlug(String slug) {
        CategoryProfile profile = BY_SLUG.get(slug);
        if (profile == null) {
            throw new IllegalArgumentException("no simulation profile for category " + slug);
        }
        return profile;
    }

    static String derivedSlug(Place place) {
        long population = place.population();
        return switch (place.kind()) {
            case "region" -> "regions";
            case "departement" -> "departements";
            case "ept" -> "ept";
            case "com" -> "collectivites-outre-mer";
            case "epci" ->
                switch (place.epciType() == null ? "" : place.epciType()) {
                    case "MET" -> "metropoles";
                    case "CU" -> "communautes-urbaines";
                    case "CA" -> "communautes-agglomeration";
                    default -> "communautes-communes";
                };
            default ->
                population >= 100_000
                        ? "grandes-villes"
                        : population >= 20_000
                                ? "villes-moyennes"
                                : population >= 2_000 ? "petites-villes" : "villages";
        };
    }
}
