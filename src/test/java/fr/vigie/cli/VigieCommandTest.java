package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class VigieCommandTest {
    @Test
    void helpListsExamplesAndExitsCleanly() {
        var terminal = new Terminal();
        int code = terminal.run(Map.of(), "--help");
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("Usage: vigie").contains("Examples:");
    }

    @Test
    void unknownOptionIsAUsageError() {
        var terminal = new Terminal();
        int code = terminal.run(Map.of(), "--no-such-option");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(terminal.err()).contains("--no-such-option");
    }

    @Test
    void aMalformedMemoryLimitIsAUserErrorNamingTheSetting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) {
        var terminal = new Terminal();
        int code = terminal.run(
                Map.of("VIGIE_MEMORY_LIMIT", "lots"),
                "--home",
                home.toString(),
                "kpi",
                "compute",
                "--period",
                "2026-10");
        assertThat(code).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("VIGIE_MEMORY_LIMIT: memory limit 'lots' is not a size such as 3GB");
    }
}
