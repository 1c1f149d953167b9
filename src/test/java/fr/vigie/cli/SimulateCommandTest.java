package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Main;
import fr.vigie.store.SimulationFixture;
import fr.vigie.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static void registry(Path home) {
        try (Store store = Store.open(home.resolve("vigie.duckdb"))) {
            SimulationFixture.insertTerritories(store);
        }
    }

    @Test
    void helpDescribesOptionsAndExamples() {
        assertThat(run("simulate", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--seed", "--scope", "--days", "--until", "--metric-ages", "Examples:");
    }

    @Test
    void aMissingSeedIsAUsageError() {
        assertThat(run("simulate", "--scope", "93")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--seed");
    }

    @Test
    void aMalformedDateIsAUsageError(@TempDir Path home) {
        assertThat(run("--home", home.toString(), "simulate", "--seed", "1", "--scope", "13", "--until", "30/09/2026"))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void anUnknownScopeIsAUserErrorNamingIt(@TempDir Path home) {
        registry(home);
        assertThat(run("--home", home.toString(), "simulate", "--seed", "1", "--scope", "99", "--days", "2"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err.toString()).contains("99");
    }

    @Test
    void badMetricAgesAreAUserError(@TempDir Path home) {
        registry(home);
        assertThat(run("--home", home.toString(), "simulate", "--seed", "1", "--scope", "13", "--metric-ages", "1w"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err.toString()).contains("--metric-ages", "1w");
    }

    @Test
    void aNewWorkspaceGetsTheOfficialRegistryBeforeSimulating(@TempDir Path home) {
        int code = run(
                "--home",
                home.toString(),
                "simulate",
                "--seed",
                "1",
                "--scope",
                "departement:04",
                "--days",
                "31",
                "--until",
                "2026-10-31");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Written to");
        assertThat(home.resolve("simulated/departement-04-1/dataset.json")).exists();
    }

    @Test
    void writesTheDatasetInTheWorkspaceAndPrintsASummary(@TempDir Path home) {
        registry(home);
        int code = run(
                "--home",
                home.toString(),
                "simulate",
                "--seed",
                "4",
                "--scope",
                "83",
                "--days",
                "5",
                "--until",
                "2026-09-30");
        assertThat(code).as(err.toString()).isEqualTo(ExitCodes.OK);
        Path folder = home.resolve("simulated").resolve("83-4");
        assertThat(folder.resolve("dataset.json")).exists();
        assertThat(folder.resolve("posts.ndjson")).exists();
        assertThat(out.toString())
                .contains(
                        "posts.ndjson",
                        "simulated=true",
                        folder.toAbsolutePath().toString());
    }
}
