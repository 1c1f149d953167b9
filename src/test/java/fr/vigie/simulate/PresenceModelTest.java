package fr.vigie.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.account.Network;
import fr.vigie.store.SimulationInputs.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Statistical checks of the model on generated sets: fixed seeds, tolerant bounds. */
class PresenceModelTest {
    private static List<Place> communes(String departement, int count, long population, String category) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Place(
                        departement + String.format("%04d", i),
                        "commune",
                        null,
                        "Commune " + i,
                        population,
                        null,
                        null,
                        "DEP-" + departement,
                        "REG-84",
                        "metro",
                        category))
                .toList();
    }

    private static List<SimAccount> accounts(List<Place> places, long seed) {
        var plan = new AccountPlanner(seed).plan(places);
        var all = new ArrayList<SimAccount>();
        plan.accounts().values().forEach(all::addAll);
        return all;
    }

    private static double share(List<Place> places, List<SimAccount> accounts, Predicate<SimAccount> which) {
        return accounts.stream()
                        .filter(which)
                        .map(a -> a.territory().code())
                        .distinct()
                        .count()
                / (double) places.size();
    }

    private static Predicate<SimAccount> official(Network network) {
        return a -> a.network() == network && a.role().equals("official");
    }

    @Test
    void villagesAreRarelyPresentAndMostlyOnFacebook() {
        List<Place> villages = communes("01", 3000, 400, "villages");
        List<SimAccount> accounts = accounts(villages, 7);
        assertThat(share(villages, accounts, official(Network.FACEBOOK))).isBetween(0.13, 0.19);
        assertThat(share(villages, accounts, official(Network.INSTAGRAM))).isBetween(0.025, 0.06);
        assertThat(share(villages, accounts, official(Network.X))).isLessThan(0.03);
    }

    @Test
    void smallTownsUseFacebookAndSomeInstagram() {
        List<Place> towns = communes("01", 1000, 6000, "petites-villes");
        List<SimAccount> accounts = accounts(towns, 11);
        assertThat(share(towns, accounts, official(Network.FACEBOOK))).isBetween(0.75, 0.86);
        assertThat(share(towns, accounts, official(Network.INSTAGRAM))).isBetween(0.39, 0.52);
    }

    @Test
    void bigCitiesAreOnMostNetworksWithThematicAccounts() {
        List<Place> cities = communes("01", 300, 200_000, "grandes-villes");
        List<SimAccount> accounts = accounts(cities, 13);
        assertThat(share(cities, accounts, official(Network.FACEBOOK))).isEqualTo(1.0);
        assertThat(share(cities, accounts, official(Network.INSTAGRAM))).isGreaterThan(0.93);
        assertThat(share(cities, accounts, official(Network.X))).isBetween(0.84, 0.95);
        assertThat(share(cities, accounts, official(Network.LINKEDIN))).isBetween(0.84, 0.95);
        assertThat(share(cities, accounts, official(Network.TIKTOK))).isBetween(0.27, 0.43);
        assertThat(share(cities, accounts, a -> "tourism".equals(a.theme()))).isGreaterThan(0.85);
    }

    @Test
    void followersGrowWithPopulationAndTouristicPlacesStandOut() {
        List<Place> small = communes("01", 400, 1000, "villages");
        List<Place> large = communes("02", 400, 50_000, "villes-moyennes");
        double smallMedian = medianFacebookFollowers(accounts(small, 3));
        double largeMedian = medianFacebookFollowers(accounts(large, 3));
        double ratio = largeMedian / smallMedian;
        assertThat(ratio).isBetween(Math.pow(50, 0.8) / 2.5, Math.pow(50, 0.8) * 2.5);

        List<SimAccount> coast = accounts(communes("83", 3000, 1000, "villages"), 5);
        double touristic = coast.stream()
                .filter(a -> a.territory().touristic() && a.network() == Network.FACEBOOK && a.theme() == null)
                .mapToLong(SimAccount::followers)
                .average()
                .orElseThrow();
        assertThat(touristic).isGreaterThan(3 * smallMedian);
    }

    private static double medianFacebookFollowers(List<SimAccount> accounts) {
        long[] followers = accounts.stream()
                .filter(a -> a.network() == Network.FACEBOOK
                        && a.theme() == null
                        && !a.territory().touristic())
                .mapToLong(SimAccount::followers)
                .sorted()
                .toArray();
        return followers[followers.length / 2];
    }

    @Test
    void platformIdsHaveTheirNetworksShape() {
        List<SimAccount> accounts = accounts(communes("01", 200, 300_000, "grandes-villes"), 17);
        for (SimAccount account : accounts) {
            String id = account.platformId();
            switch (account.network()) {
                case FACEBOOK, INSTAGRAM -> assertThat(id).matches("[0-9]{17,19}");
                case YOUTUBE -> assertThat(id).matches("UC[A-Za-z0-9_-]{22}");
                case BLUESKY -> assertThat(id).matches("did:plc:[a-z2-7]{24}");
                case X -> assertThat(id).matches("[1-9][0-9]{7,18}");
                default -> assertThat(id).isNotBlank();
            }
        }
        assertThat(accounts.stream()
                        .map(a -> a.network() + a.handle())
                        .distinct()
                        .count())
                .isEqualTo(accounts.size());
    }
}
