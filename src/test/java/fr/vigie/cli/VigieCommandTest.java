package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VigieCommandTest {
    @Test
    void helpListsExamplesAndExitsCleanly() {
        var out = new StringWriter();
        int code =
                Main.run(new String[] {"--help"}, Map.of(), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Usage: vigie").contains("Examples:");
    }

    @Test
    void unknownOptionIsAUsageError() {
        var err = new StringWriter();
        int code = Main.run(
                new String[] {"--no-such-option"}, Map.of(), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--no-such-option");
    }

    @Test
    void aMalformedMemoryLimitIsAUserErrorNamingTheSetting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home) {
        var err = new StringWriter();
        int code = Main.run(
                new String[] {"--home", home.toString(), "kpi", "compute", "--period", "2026-10"},
                Map.of("VIGIE_MEMORY_LIMIT", "lots"),
                new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertThat(code).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err.toString()).contains("VIGIE_MEMORY_LIMIT: memory limit 'lots' is not a size such as 3GB");
    }
}
