package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.SimulationFixture;
import fr.vigie.store.Store;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private final Terminal terminal = new Terminal();

    private int run(String... args) {
        return terminal.run(Map.of(), args);
    }

    private static void registry(Path home) {
        try (Store store = Store.open(HomeStore.file(home))) {
            SimulationFixture.insertTerritories(store);
        }
    }

    @Test
    void helpDescribesOptionsAndExamples() {
        assertThat(run("simulate", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("--seed", "--scope", "--days", "--until", "--metric-ages", "Examples:");
    }

    @Test
    void aMissingSeedIsAUsageError() {
        assertThat(run("simulate", "--scope", "93")).isEqualTo(ExitCodes.USAGE);
        assertThat(terminal.err()).contains("--seed");
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
        assertThat(terminal.err()).contains("99");
    }

    @Test
    void badMetricAgesAreAUserError(@TempDir Path home) {
        registry(home);
        assertThat(run("--home", home.toString(), "simulate", "--seed", "1", "--scope", "13", "--metric-ages", "1w"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("--metric-ages", "1w");
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
        assertThat(terminal.out()).contains("Written to");
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
        assertThat(code).as(terminal.err()).isEqualTo(ExitCodes.OK);
        Path folder = home.resolve("simulated").resolve("83-4");
        assertThat(folder.resolve("dataset.json")).exists();
        assertThat(folder.resolve("posts.ndjson")).exists();
        assertThat(terminal.out())
                .contains(
                        "posts.ndjson",
                        "simulated=true",
                        folder.toAbsolutePath().toString());
    }
}
