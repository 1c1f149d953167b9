package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main job end to end on a small département, twice, in a fresh workspace. */
class DemoCommandTest {
    private static final String[] SMALL_DEMO = {
        "demo", "--scope", "departement:04", "--days", "45", "--until", "2026-10-31", "--seed", "11", "--no-serve"
    };

    @Test
    void runsTheWholeJobAndPrintsAPodiumPerCategoryLabelledSimulated(@TempDir Path home) throws IOException {
        var terminal = new Terminal();
        int code = terminal.atHome(home, SMALL_DEMO);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("Podium of every category, 2026-10")
                .contains("SIMULATED DATA")
                .contains("Départements")
                .contains("Villages")
                .contains("Alpes-de-Haute-Provence")
                .contains("Store:   " + home.resolve("vigie.duckdb").toAbsolutePath())
                .contains("Exports: " + home.resolve("exports/2026-10").toAbsolutePath());
        assertThat(terminal.err())
                .contains("▸ Simulating")
                .contains("▸ Importing")
                .contains("0 quarantined");
        assertThat(terminal.err()).doesNotContain("quarantine --import");
        try (Stream<Path> exports = Files.list(home.resolve("exports/2026-10"))) {
            assertThat(exports.map(p -> p.getFileName().toString()))
                    .contains("villages--audience-per-1000.csv", "departements--engagement-rate.csv");
        }
        assertThat(Files.readString(home.resolve("exports/2026-10/departements--audience.csv")))
                .contains("simulated")
                .contains("Alpes-de-Haute-Provence");
    }

    @Test
    void aSecondRunReusesTheDatasetAndDuplicatesNothing(@TempDir Path home) {
        new Terminal().atHome(home, SMALL_DEMO);
        var terminal = new Terminal();

        assertThat(terminal.atHome(home, SMALL_DEMO)).isEqualTo(ExitCodes.OK);
        assertThat(terminal.err())
                .contains("Reusing the simulated dataset")
                .contains("0 added, 0 updated")
                .contains("posts, import")
                .doesNotContainPattern("posts, import #\\d+\\): \\d+ read, [1-9]\\d* inserted");
    }
}
