package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `vigie import api-responses`: Bluesky answers saved on disk, stored as a collection would store them. */
class ApiResponsesImportTest {
    @TempDir
    Path dir;

    private final Terminal terminal = new Terminal();

    @BeforeEach
    void seed() {
        HomeStore.marseille(dir, "bluesky", "marseille.fr");
    }

    private Path saved(String fixture, String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/collect/bluesky/" + fixture)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    private int vigie(String... args) {
        return terminal.atStore(dir, Map.of(), args);
    }

    private String[] importArgs(Path... files) {
        List<String> args = new ArrayList<>(List.of(
                "import",
                "api-responses",
                "--account",
                "bluesky:marseille.fr",
                "--observed-at",
                "2026-10-10T08:00:00Z"));
        for (Path f : files) {
            args.add(f.toString());
        }
        return args.toArray(String[]::new);
    }

    @Test
    void storesSavedResponsesAsACollectionWouldAndAddsNothingTheSecondTime() throws Exception {
        Path profile = saved("profile.json", "app.bsky.actor.getProfile.json");
        Path page1 = saved("feed-page-1.json", "app.bsky.feed.getAuthorFeed-1.json");
        Path page2 = saved("feed-page-2.json", "app.bsky.feed.getAuthorFeed-2.json");

        assertThat(vigie(importArgs(profile, page1, page2))).isEqualTo(ExitCodes.OK);
        assertThat(vigie(importArgs(profile, page1, page2))).isEqualTo(ExitCodes.OK);

        assertThat(terminal.out())
                .contains("bluesky:@marseille.fr: 3 responses archived; 2 posts (2 new)")
                .contains("bluesky:@marseille.fr: 3 responses archived; 2 posts (0 new)");
        try (Store store = Store.open(HomeStore.file(dir))) {
            assertThat(StoreInspection.count(store, "SELECT count(*) FROM post"))
                    .isEqualTo(2);
            assertThat(StoreInspection.strings(store, "SELECT DISTINCT source FROM raw_item ORDER BY 1"))
                    .containsExactly(
                            "import:app.bsky.actor.getProfile.json",
                            "import:app.bsky.feed.getAuthorFeed-1.json",
                            "import:app.bsky.feed.getAuthorFeed-2.json");
            assertThat(StoreInspection.strings(store, "SELECT DISTINCT CAST(observed_at AS VARCHAR) FROM post_metric"))
                    .containsExactly("2026-10-10 08:00:00");
        }
    }

    @Test
    void saysHowToNameAndOrderTheFilesWhenTheyCannotBeMapped() throws Exception {
        Path page1 = saved("feed-page-1.json", "app.bsky.feed.getAuthorFeed-1.json");
        Path profile = saved("profile.json", "app.bsky.actor.getProfile.json");

        assertThat(vigie(importArgs(page1, profile))).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("cannot be mapped").contains("fetch order");
    }

    @Test
    void refusesAnAccountThatIsNotRegistered() throws Exception {
        Path profile = saved("profile.json", "app.bsky.actor.getProfile.json");

        assertThat(vigie("import", "api-responses", "--account", "bluesky:lyon.fr", profile.toString()))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("no registered bluesky account 'lyon.fr'");
    }
}
