package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportCommandTest {
    private static final String EXAMPLES = "docs/formats/examples/exports/";

    @TempDir
    Path home;

    private final Terminal terminal = new Terminal();

    @BeforeEach
    void registerAccounts() {
        try (Store store = Store.open(HomeStore.file(home))) {
            StoreInspection.addAccount(store, "13055", "instagram", "17841400000000001", "marseille");
            StoreInspection.addAccount(store, "13055", "facebook", "100064000000001", "villedemarseille");
            StoreInspection.addAccount(store, "13055", "youtube", "UC4R8DWoMoI7CAwX8_LjQHig", "villedemarseille");
        }
    }

    private int vigie(String... args) {
        return terminal.run(Map.of("VIGIE_HOME", home.toString()), args);
    }

    @Test
    void importsAYouTubeStudioExportForTheGivenChannelAndExitsPartialOnItsBadRow() {
        int code = vigie(
                "import",
                "youtube-studio",
                "--account",
                "youtube:villedemarseille",
                "--observed-at",
                "2026-10-01T09:00:00+02:00",
                EXAMPLES + "youtube-studio.csv");

        assertThat(code).isEqualTo(ExitCodes.PARTIAL);
        assertThat(terminal.out())
                .contains("youtube-studio.csv (youtube-studio, import #1): 3 read, 1 skipped, 1 quarantined")
                .contains("posts: 2 inserted, 0 updated, 0 unchanged; metrics: 2 inserted")
                .contains("youtube-studio.csv:5 video publish time: not a date: '2026-09-12'");
        try (Store store = Store.open(HomeStore.file(home))) {
            assertThat(StoreInspection.strings(
                            store, "SELECT DISTINCT CAST(observed_at AS VARCHAR) || ' ' || source FROM post_metric"))
                    .containsExactly("2026-10-01 07:00:00 export:youtube-studio");
        }
    }

    @Test
    void importsSeveralMetaExportsDetectingTheirNetworkAndAddsNothingTheSecondTime() {
        String[] args = {
            "import",
            "meta-business-suite",
            "--observed-at",
            "2026-10-01T09:00:00+02:00",
            EXAMPLES + "meta-business-suite-facebook-en.csv",
            EXAMPLES + "meta-business-suite-instagram-fr.csv"
        };
        assertThat(vigie(args)).isEqualTo(ExitCodes.PARTIAL);
        assertThat(vigie(args)).isEqualTo(ExitCodes.PARTIAL);
        assertThat(terminal.out())
                .contains("meta-business-suite-facebook-en.csv (meta-business-suite, import #3): 4 read, 1 skipped")
                .contains("posts: 0 inserted, 0 updated, 3 unchanged; metrics: 0 inserted, 0 updated, 3 unchanged");
    }

    @Test
    void refusesExportOptionsForCanonicalFilesAsAUsageError() {
        assertThat(vigie("import", "posts", "--account", "x:nice", "docs/formats/examples/posts.ndjson"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(terminal.err()).contains("are for exports (meta-business-suite, youtube-studio, crowdtangle)");
    }

    @Test
    void refusesAMalformedAccountAsAUsageError() {
        assertThat(vigie("import", "youtube-studio", "--account", "villedemarseille", EXAMPLES + "youtube-studio.csv"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(terminal.err()).contains("expected network:handle-or-id");
    }

    @Test
    void failsAYouTubeStudioExportWithoutAccount() {
        assertThat(vigie("import", "youtube-studio", EXAMPLES + "youtube-studio.csv"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("does not name its channel; give --account youtube:");
    }

    @Test
    void helpNamesTheExportFormatsWithExamples() {
        assertThat(vigie("import", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("meta-business-suite, youtube-studio, crowdtangle")
                .contains("--observed-at")
                .contains("Examples:")
                .contains("vigie import crowdtangle");
    }
}
