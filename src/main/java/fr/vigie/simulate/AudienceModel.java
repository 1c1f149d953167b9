package fr.vigie.simulate;

import fr.vigie.account.Network;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Starting audience of an account: followers ≈ level × network factor × population^0.8 × a
 * lognormal spread (σ = 0.8), multiplied for touristic places (median ×3); monthly growth; following.
 */
record AudienceModel(
        long followers, double monthlyGrowth, @Nullable Long following) {
    static final double POPULATION_EXPONENT = 0.8;
    static final double SPREAD = 0.8;
    /**
     * Ceiling of one account's starting followers per inhabitant (plus 100): a model choice, so
     * that the lognormal tail never gives a hamlet of ten people a city's audience; touristic places
     * still stand out well above the median of their size.
     */
    static final long MAX_FOLLOWERS_PER_INHABITANT = 5;

    /** Median multiplier of a touristic place's audience (lognormal, σ = 0.5). */
    static final double TOURISTIC_MEDIAN = 3;

    static AudienceModel draw(SimTerritory territory, Network network, @Nullable String theme, RandomGenerator random) {
        double level = switch (territory.place().kind()) {
            case "epci" -> 0.35;
            case "ept" -> 0.3;
            case "departement" -> 0.5;
            case "region" -> 0.6;
            default -> 1.0;
        };
        double themeFactor =
                theme == null ? 1 : theme.equals("tourism") ? (network == Network.INSTAGRAM ? 1.2 : 0.7) : 0.25;
        double touristic = territory.touristic() ? Draws.logNormal(random, TOURISTIC_MEDIAN, 0.5) : 1;
        double expected = level
                * NetworkModel.of(network).followerFactor()
                * Math.pow(territory.population(), POPULATION_EXPONENT)
                * themeFactor
                * touristic;
        long drawn = Math.max(15, Math.round(Draws.logNormal(random, expected, SPREAD)));
        long followers =
                Math.min(drawn, MAX_FOLLOWERS_PER_INHABITANT * territory.place().population() + 100);
        return new AudienceModel(followers, growth(network, random), following(network, random));
    }

    /** Monthly growth: mostly +0–2 %, faster on young networks, a third of X accounts declining. */
    private static double growth(Network network, RandomGenerator random) {
        double growth = switch (network) {
            case X ->
                Draws.chance(random, 0.35) ? Draws.normal(random, -0.004, 0.004) : Draws.normal(random, 0.004, 0.004);
            case BLUESKY -> Draws.normal(random, 0.035, 0.02);
            case TIKTOK -> Draws.normal(random, 0.025, 0.015);
            case THREADS -> Draws.normal(random, 0.02, 0.01);
            default -> Draws.normal(random, 0.01, 0.006);
        };
        return Math.clamp(growth, -0.03, 0.08);
    }

    private static @Nullable Long following(Network network, RandomGenerator random) {
        double median = switch (network) {
            case INSTAGRAM -> 150;
            case X -> 350;
            case TIKTOK -> 25;
            case BLUESKY -> 90;
            case MASTODON -> 60;
            case THREADS -> 120;
            case FACEBOOK, YOUTUBE, LINKEDIN -> 0; // not exposed for pages, channels, organisations
        };
        return median == 0 ? null : Math.round(Draws.logNormal(random, median, 0.9));
    }

    /** Typical age of an authority's account on a network, for its posts count before the period. */
    static double yearsOn(Network network) {
        return switch (network) {
            case FACEBOOK -> 8;
            case X -> 7;
            case YOUTUBE -> 6;
            case INSTAGRAM -> 5;
            case LINKEDIN -> 4;
            case TIKTOK -> 2;
            case MASTODON -> 1.5;
            case BLUESKY, THREADS -> 1;
        };
    }
}
