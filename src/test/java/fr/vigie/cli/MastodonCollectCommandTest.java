package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.mastodon.FakeMastodon;
import fr.vigie.collect.mastodon.MastodonConnector;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MastodonCollectCommandTest {
    @TempDir
    Path dir;

    private FakeMastodon mastodon;
    private final Terminal terminal = new Terminal();

    @BeforeEach
    void seed() throws Exception {
        HomeStore.marseille(dir, "mastodon", "marseille@social.marseille.fr");
        mastodon = new FakeMastodon();
    }

    @AfterEach
    void stop() {
        mastodon.close();
    }

    private int vigie(String... args) {
        return terminal.atStore(dir, Map.of(MastodonConnector.URL_SETTING, mastodon.url()), args);
    }

    @Test
    void collectsTheMastodonAccountsThroughTheInstanceOverride() {
        mastodon.wholeTimeline();

        assertThat(vigie("collect", "--network", "mastodon")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("mastodon:@marseille@social.marseille.fr ok (3 posts, 3 new; 0 comments, 0 new)")
                .contains("1 accounts collected, 0 failed");
    }
}
