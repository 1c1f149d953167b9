package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Main;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int vigie(String... args) {
        Path store = dir.resolve("vigie.duckdb");
        try (Store s = Store.open(store)) {
            if (AccountStoreFixture.count(s, "SELECT count(*) FROM territory") == 0) {
                AccountStoreFixture.seedTerritories(s, "13055", "Marseille");
            }
        }
        String[] all = new String[args.length + 4];
        all[0] = "--home";
        all[1] = dir.toString();
        all[2] = "--store";
        all[3] = store.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return Main.run(all, Map.of(), new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void onePassWithNoAccountCollectsNothing() {
        assertThat(vigie("serve", "--once")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("pass: 0 accounts collected, 0 failed")
                .contains("hashtags: 0 searched, 0 failed");
    }

    @Test
    void refusesATickThatIsNotADuration() {
        assertThat(vigie("serve", "--tick", "often")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--tick: 'often' is not a duration such as 30s, 5m, 1h or 1d");
    }

    @Test
    void helpShowsExamples() {
        assertThat(vigie("serve", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--once").contains("Examples:");
    }
}
