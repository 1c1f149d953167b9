package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.account.Network;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsCommandTest {
    @TempDir
    Path dir;

    private final Terminal terminal = new Terminal();

    @BeforeEach
    void seed() {
        try (Store store = Store.open(HomeStore.file(dir))) {
            AccountStoreFixture.seedTerritories(store, "13055", "Marseille", "69123", "Lyon");
        }
    }

    private int vigie(String... args) {
        terminal.clear();
        return terminal.atStore(dir, Map.of(), args);
    }

    @Test
    void importsAFileAndExitsOkWhenEveryLineIsRegistered() throws IOException {
        Path file = Files.writeString(
                dir.resolve("accounts.csv"),
                "territory_code,network,handle\n13055,x,@Marseille\n69123,threads,@lyon\n");

        assertThat(vigie("accounts", "import", file.toString())).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("2 read, 2 added, 0 updated, 0 unchanged, 0 quarantined");
        assertThat(vigie("accounts", "import", file.toString())).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("2 read, 0 added, 0 updated, 2 unchanged, 0 quarantined");
    }

    @Test
    void exitsPartialAndNamesFileLineAndFieldWhenLinesAreQuarantined() throws IOException {
        Path file = Files.writeString(
                dir.resolve("accounts.csv"), "territory_code,network,handle\n13055,x,@Marseille\n99999,x,paris\n");

        assertThat(vigie("accounts", "import", file.toString())).isEqualTo(ExitCodes.PARTIAL);
        assertThat(terminal.out()).contains("1 added", "1 quarantined");
        assertThat(terminal.err()).contains(file + ":3: territory_code: unknown territory '99999'");
    }

    @Test
    void exitsWithUserErrorWhenAFileLacksARequiredColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("accounts.csv"), "territory_code,handle\n13055,marseille\n");

        assertThat(vigie("accounts", "import", file.toString())).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("missing required column 'network'");
    }

    @Test
    void addsAnAccountThenListsItAsATable() {
        assertThat(vigie(
                        "accounts",
                        "add",
                        "--territory",
                        "13055",
                        "--network",
                        "twitter",
                        "--handle",
                        "https://twitter.com/Marseille?s=20",
                        "--platform-id",
                        "42"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).startsWith("added x:42 https://x.com/marseille (territory 13055, official, active)");

        assertThat(vigie("accounts", "list", "--territory", "13055")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("ACCOUNT", "x:42", "marseille", "https://x.com/marseille", "1 account");
        assertThat(vigie("accounts", "list", "--territory", "69123")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("0 accounts").doesNotContain("x:42");
    }

    @Test
    void refusesAnUnknownNetworkAsAUsageErrorListingTheValidOnes() {
        assertThat(vigie("accounts", "add", "--territory", "13055", "--network", "myspace", "--handle", "x"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(terminal.err()).contains("unknown network 'myspace'", Network.ids());
    }

    @Test
    void refusesAMalformedHandleOrAConflictAsAUserError() {
        assertThat(vigie("accounts", "add", "--territory", "13055", "--network", "mastodon", "--handle", "@marseille"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("needs its instance");
        vigie("accounts", "add", "--territory", "13055", "--network", "x", "--handle", "marseille");
        assertThat(vigie("accounts", "add", "--territory", "69123", "--network", "x", "--handle", "marseille"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("already registered for territory 13055");
    }

    @Test
    void listsAsCsvThatImportsBackUnchanged() throws IOException {
        Path file = Files.writeString(
                dir.resolve("accounts.csv"),
                "territory_code;network;handle;role;theme;status;status_since;display_name;simulated\n"
                        + "13055;youtube;https://www.youtube.com/channel/UCabcdefghijklmnopqrstuV;thematic;Culture;"
                        + "dormant;2025-03-01;\"Marseille, culture\";true\n"
                        + "69123;mastodon;https://piaille.fr/@Lyon;;;;;;\n");
        vigie("accounts", "import", file.toString());

        assertThat(vigie("accounts", "list", "--format", "csv")).isEqualTo(ExitCodes.OK);
        String csv = terminal.out();
        assertThat(csv)
                .startsWith(
                        "territory_code,network,handle,role,theme,status,status_since,platform_id,display_name,simulated\n")
                .contains("13055,youtube,channel/UCabcdefghijklmnopqrstuV,thematic,culture,dormant,2025-03-01,"
                        + "UCabcdefghijklmnopqrstuV,\"Marseille, culture\",true");
        Path exported = Files.writeString(dir.resolve("exported.csv"), csv);
        assertThat(vigie("accounts", "import", exported.toString())).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("2 read, 0 added, 0 updated, 2 unchanged, 0 quarantined");
    }

    @Test
    void documentsEverySubcommandWithExamples() {
        for (String sub : List.of("import", "list", "add")) {
            assertThat(vigie("accounts", sub, "--help")).isEqualTo(ExitCodes.OK);
            assertThat(terminal.out()).contains("Examples:", "vigie accounts " + sub);
        }
        assertThat(vigie("accounts")).isEqualTo(ExitCodes.USAGE);
    }
}
