package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Main;
import fr.vigie.collect.mastodon.FakeMastodon;
import fr.vigie.collect.mastodon.MastodonConnector;
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

class MastodonCollectCommandTest {
    @TempDir
    Path dir;

    private Path storeFile;
    private FakeMastodon mastodon;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seed() throws Exception {
        storeFile = dir.resolve("vigie.duckdb");
        try (Store store = Store.open(storeFile)) {
            AccountStoreFixture.seedTerritories(store, "13055", "Marseille");
            StoreInspection.addAccount(store, "13055", "mastodon", null, "marseille@social.marseille.fr");
        }
        mastodon = new FakeMastodon();
    }

    @AfterEach
    void stop() {
        mastodon.close();
    }

    private int vigie(String... args) {
        List<String> all = new ArrayList<>(List.of("--home", dir.toString(), "--store", storeFile.toString()));
        all.addAll(List.of(args));
        return Main.run(
                all.toArray(String[]::new),
                Map.of(MastodonConnector.URL_SETTING, mastodon.url()),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
    }

    @Test
    void collectsTheMastodonAccountsThroughTheInstanceOverride() {
        mastodon.wholeTimeline();

        assertThat(vigie("collect", "--network", "mastodon")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString())
                .contains("mastodon:@marseille@social.marseille.fr ok (3 posts, 3 new; 0 comments, 0 new)")
                .contains("1 accounts collected, 0 failed");
    }
}
