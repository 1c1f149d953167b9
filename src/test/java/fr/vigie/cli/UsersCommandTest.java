package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.Main;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path dir;

    private Path storeFile;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void seed() {
        storeFile = dir.resolve("vigie.duckdb");
        try (Store store = Store.open(storeFile)) {
            AccountStoreFixture.seedTerritories(store, "13055", "Marseille");
        }
    }

    private int vigie(Map<String, String> env, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        List<String> all = new ArrayList<>(List.of("--home", dir.toString(), "--store", storeFile.toString()));
        all.addAll(List.of(args));
        return Main.run(all.toArray(String[]::new), env, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void addsAUserWithThePasswordFromTheEnvironmentAndListsItWithoutSecrets() {
        var env = Map.of("VIGIE_NEW_PASSWORD", PASSWORD);

        assertThat(vigie(
                        env,
                        "users",
                        "add",
                        "--email",
                        "Com@Marseille.fr",
                        "--role",
                        "member",
                        "--territory",
                        "13055",
                        "--name",
                        "Service com"))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("added com@marseille.fr (member, territory 13055)");
        assertThat(vigie(env, "users", "list")).isEqualTo(ExitCodes.OK);

        assertThat(out.toString())
                .contains("com@marseille.fr\tmember\t13055\tService com\tactive")
                .doesNotContain(PASSWORD)
                .doesNotContain("argon2");
        assertThat(err.toString()).contains("1 user(s)").doesNotContain(PASSWORD);
    }

    @Test
    void changesARoleAndDisablesAUser() {
        var env = Map.of("VIGIE_NEW_PASSWORD", PASSWORD);
        vigie(env, "users", "add", "--email", "com@marseille.fr", "--role", "member", "--territory", "13055");

        assertThat(vigie(Map.of(), "users", "role", "com@marseille.fr", "analyst"))
                .isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("com@marseille.fr is now analyst");
        assertThat(vigie(Map.of(), "users", "disable", "com@marseille.fr")).isEqualTo(ExitCodes.OK);
        vigie(Map.of(), "users", "list");
        assertThat(out.toString()).contains("com@marseille.fr\tanalyst\t\t\tdisabled");
    }

    @Test
    void refusesAShortPasswordAndAnUnknownRoleAsUserErrors() {
        assertThat(vigie(Map.of("VIGIE_NEW_PASSWORD", "short"), "users", "add", "--email", "a@b.fr", "--role", "admin"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err.toString()).contains("password").contains("12").doesNotContain("short");
        assertThat(vigie(Map.of("VIGIE_NEW_PASSWORD", PASSWORD), "users", "add", "--email", "a@b.fr", "--role", "boss"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(err.toString()).contains("admin, analyst, jury, member");
    }

    @Test
    void explainsItselfWithExamples() {
        assertThat(vigie(Map.of(), "users", "add", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains("Examples:").contains("VIGIE_NEW_PASSWORD");
    }
}
