package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.bluesky.BlueskyConnector;
import fr.vigie.collect.bluesky.FakeBluesky;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectCommandTest {
    @TempDir
    Path dir;

    private FakeBluesky bluesky;
    private final Terminal terminal = new Terminal();

    @BeforeEach
    void seed() throws Exception {
        HomeStore.marseille(dir, "bluesky", "marseille.fr");
        bluesky = new FakeBluesky();
    }

    @AfterEach
    void stop() {
        bluesky.close();
    }

    private int vigie(String... args) {
        return terminal.atStore(dir, Map.of(BlueskyConnector.URL_SETTING, bluesky.url()), args);
    }

    @Test
    void printsEachAccountsPostsAndExitsOk() {
        bluesky.wholeFeed();

        assertThat(vigie("collect", "--network", "bluesky", "--territory", "13055"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("bluesky:@marseille.fr ok (2 posts, 2 new; 0 comments, 0 new)");
    }

    @Test
    void exitsPartialAndPrintsTheReasonWhenAnAccountFails() {
        bluesky.then(FakeBluesky.fixture("profile.json"), FakeBluesky.fixture("malformed.json"));

        assertThat(vigie("collect", "--network", "bluesky")).isEqualTo(ExitCodes.PARTIAL);
        assertThat(terminal.out()).contains("bluesky:@marseille.fr FAILED (").contains("malformed JSON");
    }

    @Test
    void refusesANetworkWithoutConnector() {
        assertThat(vigie("collect", "--network", "tiktok")).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("no connector for network 'tiktok'");
    }

    @Test
    void helpShowsExamples() {
        assertThat(vigie("collect", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("--since").contains("Examples:");
    }
}
