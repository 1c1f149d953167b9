package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Vigie;
import fr.vigie.config.Workspace;
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

    private final Terminal terminal = new Terminal();

    private int vigie(String... args) {
        try (Store s = Store.open(HomeStore.file(dir))) {
            if (AccountStoreFixture.count(s, "SELECT count(*) FROM territory") == 0) {
                AccountStoreFixture.seedTerritories(s, "13055", "Marseille");
            }
        }
        return terminal.atStore(dir, Map.of(), args);
    }

    @Test
    void onePassWithNoAccountCollectsNothing() {
        assertThat(vigie("serve", "--once")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("pass: 0 accounts collected, 0 failed")
                .contains("hashtags: 0 searched, 0 failed");
    }

    @Test
    void theSiteLoadsTheShippedPointsOfTheCommunesIntoAStoreWithoutThem() {
        vigie("--help"); // seeds the store with a territory, hence no registry load on first use
        var web = new WebOptions();
        web.port = 0;
        try (Vigie vigie = Vigie.open(Workspace.resolve(dir, null, Map.of()), Map.of());
                var site = web.start(vigie, new PrintWriter(new StringWriter()))) {
            assertThat(AccountStoreFixture.count(vigie.store(), "SELECT count(*) FROM territory_location"))
                    .isGreaterThan(8_000);
            assertThat(site.port()).isPositive();
        }
    }

    @Test
    void refusesATickThatIsNotADuration() {
        assertThat(vigie("serve", "--tick", "often")).isEqualTo(ExitCodes.USAGE);
        assertThat(terminal.err()).contains("--tick: 'often' is not a duration such as 30s, 5m, 1h or 1d");
    }

    @Test
    void helpShowsExamples() {
        assertThat(vigie("serve", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("--once").contains("Examples:");
    }
}
