package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
        var out = new StringWriter();
        var err = new StringWriter();
        int code = run(home, out, err);

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("Podium of every category, 2026-10")
                .contains("SIMULATED DATA")
                .contains("Départements")
                .contains("Villages")
                .contains("Alpes-de-Haute-Provence")
                .contains("Store:   " + home.resolve("vigie.duckdb").toAbsolutePath())
                .contains("Exports: " + home.resolve("exports/2026-10").toAbsolutePath());
        assertThat(err.toString())
                .contains("▸ Simulating")
                .contains("▸ Importing")
                .contains("0 quarantined");
        assertThat(err.toString()).doesNotContain("quarantine --import");
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
        run(home, new StringWriter(), new StringWriter());
        var out = new StringWriter();
        var err = new StringWriter();

        assertThat(run(home, out, err)).isEqualTo(ExitCodes.OK);
        assertThat(err.toString())
                .contains("Reusing the simulated dataset")
                .contains("0 added, 0 updated")
                .contains("posts, import")
                .doesNotContainPattern("posts, import #\\d+\\): \\d+ read, [1-9]\\d* inserted");
    }

    private static int run(Path home, StringWriter out, StringWriter err) {
        String[] args = Stream.concat(Stream.of("--home", home.toString()), Stream.of(SMALL_DEMO))
                .toArray(String[]::new);
        return Main.run(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
