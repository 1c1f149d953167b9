package fr.vigie.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.SimulationFixture;
import fr.vigie.store.SimulationInputs;
import fr.vigie.store.SimulationInputs.Place;
import fr.vigie.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpectedVolumeTest {
    /** France by category, with typical populations (INSEE orders of magnitude, 2026). */
    private static List<Place> franceLike() {
        var places = new ArrayList<Place>();
        add(places, 31_000, "commune", null, 450, "villages");
        add(places, 3_300, "commune", null, 5_500, "petites-villes");
        add(places, 430, "commune", null, 38_000, "villes-moyennes");
        add(places, 42, "commune", null, 220_000, "grandes-villes");
        add(places, 990, "epci", "CC", 22_000, "communautes-communes");
        add(places, 227, "epci", "CA", 100_000, "communautes-agglomeration");
        add(places, 14, "epci", "CU", 250_000, "communautes-urbaines");
        add(places, 21, "epci", "MET", 700_000, "metropoles");
        add(places, 11, "ept", null, 400_000, "ept");
        add(places, 101, "departement", null, 660_000, "departements");
        add(places, 18, "region", null, 3_700_000, "regions");
        add(places, 5, "com", null, 100_000, "collectivites-outre-mer");
        return places;
    }

    private static void add(
            List<Place> places, int count, String kind, String epciType, long population, String category) {
        for (int i = 0; i < count; i++) {
            // one commune in three in a coastal or mountain département, as in France
            String departement = i % 3 == 0 ? "DEP-83" : "DEP-01";
            places.add(new Place(
                    category + i,
                    kind,
                    epciType,
                    "T" + i,
                    population,
                    null,
                    null,
                    departement,
                    "REG-93",
                    "metro",
                    category));
        }
    }

    @Test
    void aFranceDatasetOverAYearHoldsAboutTenMillionPosts() {
        double posts = ExpectedVolume.posts(franceLike(), 365);
        assertThat(posts).isBetween(5e6, 20e6);
    }

    @Test
    void generatedPostsMatchTheExpectation(@TempDir Path dir) {
        try (Store store = Store.inMemory()) {
            SimulationFixture.insertCategoryRules(store);
            SimulationFixture.insertSimilarCommunes(store, "01", "84", 150, 6000);
            var inputs = new SimulationInputs(store);
            var settings = new SimulationSettings(
                    5,
                    SimulationScope.parse("departement:01"),
                    60,
                    LocalDate.of(2026, 3, 31),
                    SimulationSettings.parseAges("24h"));
            var summary = new Simulator(inputs).run(settings, dir, SimulationProgress.none());
            double expected = ExpectedVolume.posts(inputs.departement("DEP-01"), 60);
            assertThat((double) summary.counts().get("posts.ndjson")).isBetween(expected * 0.85, expected * 1.15);
            double citizens = ExpectedVolume.citizenPosts(inputs.departement("DEP-01"), 60);
            assertThat((double) summary.counts().get("citizen_posts.ndjson")).isBetween(citizens * 0.8, citizens * 1.2);
        }
    }
}
