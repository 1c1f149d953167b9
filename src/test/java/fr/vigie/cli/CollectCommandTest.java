package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Main;
import fr.vigie.collect.bluesky.BlueskyConnector;
import fr.vigie.collect.bluesky.FakeBluesky;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectCommandTest {
    @TempDir
    Path dir;

    private Path storeFile;
    private FakeBluesky bluesky;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seed() throws Exception {
        storeFile = dir.resolve("vigie.duckdb");
        try (Store store = Store.open(storeFile)) {
            AccountStoreFixture.seedTerritories(store, "13055", "Marseille");
            StoreInspection.addAccount(store, "13055", "bluesky", null, "marseille.fr");
        }
        bluesky = new FakeBluesky();
    }

    @AfterEach
    void stop() {
        bluesky.close();
    }

    private int vigie(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", dir.toString(), "--store", storeFile.toString()));
        all.addAll(List.of(args));
        return Main.run(
                all.toArray(String[]::new),
                Map.of(BlueskyConnector.URL_SETTING, bluesky.url()),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @Test
    void printsEachAccountsPostsAndExitsOk() {
        bluesky.wholeFeed();

        assertThat(vigie("collect", "--network", "bluesky", "--territory", "13055"))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("bluesky:@marseille.fr ok (2 posts, 2 new; 0 comments, 0 new)");
    }

    @Test
    void exitsPartialAndPrintsTheReasonWhenAnAccountFails() {
        bluesky.then(FakeBluesky.fixture("profile.json"), FakeBluesky.fixture("malformed.json"));

        assertThat(vigie("collect", "--network", "bluesky")).isEqualTo(ExitCodes.PARTIAL);
        assertThat(out.toString()).contains("bluesky:@marseille.fr FAILED (").contains("malformed JSON");
    }

    @Test
    void refusesANetworkWithoutConnector() {
        assertThat(vigie("collect", "--network", "tiktok")).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err.toString()).contains("no connector for network 'tiktok'");
    }

    @Test
    void helpShowsExamples() {
        assertThat(vigie("collect", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("--since").contains("Examples:");
    }
}
