package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path home;

    private final Terminal terminal = new Terminal();

    @BeforeEach
    void registerAccounts() {
        try (Store store = Store.open(HomeStore.file(home))) {
            StoreInspection.addAccount(store, "13055", "instagram", "17841400000000001", "marseille");
            StoreInspection.addAccount(store, "13055", "facebook", "100064000000001", "villedemarseille");
            StoreInspection.addAccount(store, "06088", "x", null, "nicecotedazur");
        }
    }

    private int vigie(String... args) {
        return terminal.run(Map.of("VIGIE_HOME", home.toString()), args);
    }

    @Test
    void importsAFileAndExitsZero() {
        assertThat(vigie("import", "posts", "docs/formats/examples/posts.ndjson"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("posts.ndjson (posts, import #1): 3 read, 3 inserted, 0 updated, 0 unchanged");
    }

    @Test
    void exitsPartialWhenRowsWereQuarantinedAndListsThem() throws Exception {
        Path csv = Files.writeString(
                home.resolve("post_metrics.csv"),
                "network;post_id;observed_at;likes\ninstagram;p1;2026-10-03T09:15:00Z;-2\ninstagram;p2;2026-10-03T09:15:00Z;3\n");
        assertThat(vigie("import", "metrics", csv.toString())).isEqualTo(ExitCodes.PARTIAL);
        assertThat(terminal.out())
                .contains("1 inserted, 0 updated, 0 unchanged, 1 quarantined")
                .contains("post_metrics.csv:2 likes: negative count: -2");
        assertThat(vigie("quarantine", "--import", "1")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("#1 " + csv + ":2 likes: negative count: -2", "instagram;p1;");
    }

    @Test
    void exitsUserErrorWhenAFileCannotBeReadButImportsTheOthers() {
        int code = vigie("import", "hashtags", "nowhere.csv", "docs/formats/examples/territory_hashtags.csv");
        assertThat(code).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("vigie: nowhere.csv: no such readable file");
        assertThat(terminal.out()).contains("4 inserted");
    }

    @Test
    void exitsUserErrorOnAMissingRequiredColumn() throws Exception {
        Path csv = Files.writeString(home.resolve("mentions.csv"), "network,post_id\nx,1\n");
        assertThat(vigie("import", "mentions", csv.toString())).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("missing required column 'from_account'");
    }

    @Test
    void refusesAnUnknownEntityAsAUsageError() {
        assertThat(vigie("import", "likes", "x.csv")).isEqualTo(ExitCodes.USAGE);
        assertThat(terminal.err()).contains("unknown entity 'likes'");
    }

    @Test
    void labelsEveryRowSimulatedWhenTheDatasetManifestSaysSo() throws Exception {
        Path dataset = Files.createDirectories(home.resolve("edited-in-a-spreadsheet"));
        Files.writeString(
                dataset.resolve("dataset.json"), "{\"generator\": \"vigie-simulate/2\", \"simulated\": true}");
        Files.writeString(
                dataset.resolve("posts.ndjson"),
                Files.readString(Path.of("docs/formats/examples/posts.ndjson"))
                        .replace("\"simulated\":true", "\"simulated\":false"));

        assertThat(vigie("import", "dataset", dataset.toString())).isEqualTo(ExitCodes.OK);
        try (Store store = Store.open(HomeStore.file(home))) {
            assertThat(StoreInspection.count(store, "SELECT count(*) FROM post"))
                    .isEqualTo(3);
            assertThat(StoreInspection.count(store, "SELECT count(*) FROM post WHERE NOT simulated"))
                    .isZero();
        }
    }

    @Test
    void importsADatasetFolderInTheDocumentedOrder() throws Exception {
        Files.writeString(home.resolve("pseudonym.key"), "ab".repeat(32));
        assertThat(vigie("import", "dataset", "docs/formats/examples")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out().lines().filter(l -> l.contains("import #")))
                .extracting(l -> l.substring(0, l.indexOf(' ')))
                .containsExactly(
                        "territory_hashtags.csv",
                        "account_snapshots.csv",
                        "posts.ndjson",
                        "post_metrics.csv",
                        "comments.ndjson",
                        "citizen_posts.ndjson",
                        "mentions.csv");
        assertThat(vigie("import", "dataset", "docs/formats/examples")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains(
                        "citizen_posts.ndjson (citizen-posts, import #15): 2 read, 0 inserted, 0 updated, 2 unchanged");
    }

    @Test
    void describesItselfWithExamples() {
        assertThat(vigie("import", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("Examples:", "vigie import dataset");
        assertThat(vigie("quarantine", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("--limit");
    }
}
