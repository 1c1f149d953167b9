package fr.vigie.simulate;

import fr.vigie.store.SimulationInputs.Place;
import java.util.Collection;

/**
 * Expected sizes of a dataset computed from the model's parameters, without drawing anything: to
 * check orders of magnitude (a France dataset) without generating it.
 */
public final class ExpectedVolume {
    private ExpectedVolume() {}

    /** Expected own posts of all accounts of these territories over the given number of days. */
    public static double posts(Collection<Place> places, int days) {
        double perDay = 0;
        for (Place place : places) {
            var profile = CategoryProfile.forPlace(place);
            double touristic = SimTerritory.touristicProbability(place);
            perDay += (1 - touristic) * new SimTerritory(place, profile, false).expectedPostsPerDay()
                    + touristic * new SimTerritory(place, profile, true).expectedPostsPerDay();
        }
        return perDay * days;
    }

    /** Expected citizens' posts, counting only territories that have at least one account. */
    public static double citizenPosts(Collection<Place> places, int days) {
        double perDay = 0;
        for (Place place : places) {
            var profile = CategoryProfile.forPlace(place);
            double touristic = SimTerritory.touristicProbability(place);
            for (boolean isTouristic : new boolean[] {false, true}) {
                var territory = new SimTerritory(place, profile, isTouristic);
                double weight = isTouristic ? touristic : 1 - touristic;
                perDay += weight * presenceSomewhere(territory) * CitizenPosts.postsPerDay(territory);
            }
        }
        return perDay * days;
    }

    private static double presenceSomewhere(SimTerritory territory) {
        double absent = 1;
        for (var network : fr.vigie.account.Network.values()) {
            absent *= 1 - territory.presence(network);
        }
        return 1 - absent;
    }
}
