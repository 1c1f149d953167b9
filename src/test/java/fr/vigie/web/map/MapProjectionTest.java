package fr.vigie.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.territory.RegistryFile;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryKind;
import fr.vigie.territory.location.Location;
import fr.vigie.territory.location.LocationFile;
import fr.vigie.web.map.MapProjection.MapPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The projection against the map's own outlines: the shipped points should fall in their départements. */
class MapProjectionTest {
    private static DepartementOutlines outlines;
    private static Map<String, Territory> communes;

    @BeforeAll
    static void read() throws Exception {
        outlines = DepartementOutlines.served();
        communes = RegistryFile.shipped().territories().stream()
                .filter(t -> t.kind() == TerritoryKind.COMMUNE)
                .collect(Collectors.toMap(Territory::code, Function.identity()));
    }

    @Test
    void placesTheShippedPointsInsideTheirOwnDepartementsOutline() {
        List<Location> located = LocationFile.shipped();
        Map<String, int[]> insideByDepartement = new HashMap<>();
        double farthest = 0;
        for (Location location : located) {
            String departement = communes.get(location.code()).departementCode().replace("DEP-", "");
            MapPoint point =
                    MapProjection.of(location.latitude(), location.longitude()).orElseThrow();
            int[] counts = insideByDepartement.computeIfAbsent(departement, d -> new int[2]);
            counts[1]++;
            if (outlines.contains(departement, point.x(), point.y())) {
                counts[0]++;
            } else {
                farthest = Math.max(farthest, outlines.distance(departement, point.x(), point.y()));
            }
        }
        int inside = insideByDepartement.values().stream().mapToInt(c -> c[0]).sum();

        assertThat(outlines.size()).isEqualTo(96);
        assertThat(insideByDepartement).hasSize(96);
        assertThat((double) inside / located.size()).isGreaterThan(0.98);
        insideByDepartement.forEach((departement, counts) -> assertThat((double) counts[0] / counts[1])
                .as("share of the points of département %s inside its outline", departement)
                .isGreaterThan(0.9));
        assertThat(farthest).as("map units from the outline, about 2 km each").isLessThan(12);
    }

    @Test
    void placesKnownCitiesInTheirDepartementAndLeavesOverseasOffTheMap() {
        MapPoint marseille = MapProjection.of(43.2965, 5.3698).orElseThrow();
        MapPoint brest = MapProjection.of(48.3904, -4.4861).orElseThrow();
        MapPoint ajaccio = MapProjection.of(41.9192, 8.7386).orElseThrow();

        assertThat(outlines.contains("13", marseille.x(), marseille.y())).isTrue();
        assertThat(outlines.contains("29", brest.x(), brest.y())).isTrue();
        assertThat(outlines.contains("2A", ajaccio.x(), ajaccio.y())).isTrue();
        assertThat(brest.x()).isLessThan(marseille.x());
        assertThat(brest.y()).isLessThan(marseille.y());
        assertThat(MapProjection.of(-21.1151, 55.5364))
                .as("Saint-Denis de La Réunion")
                .isEmpty();
        assertThat(MapProjection.of(16.2650, -61.5510)).as("Guadeloupe").isEmpty();
    }
}
