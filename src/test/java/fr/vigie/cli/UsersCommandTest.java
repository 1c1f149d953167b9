package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersCommandTest {
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path dir;

    private final Terminal terminal = new Terminal();

    @BeforeEach
    void seed() {
        HomeStore.marseille(dir);
    }

    private int vigie(Map<String, String> env, String... args) {
        terminal.clear();
        return terminal.atStore(dir, env, args);
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
        assertThat(terminal.out()).contains("added com@marseille.fr (member, territory 13055)");
        assertThat(vigie(env, "users", "list")).isEqualTo(ExitCodes.OK);

        assertThat(terminal.out())
                .contains("com@marseille.fr\tmember\t13055\tService com\tactive")
                .doesNotContain(PASSWORD)
                .doesNotContain("argon2");
        assertThat(terminal.err()).contains("1 user(s)").doesNotContain(PASSWORD);
    }

    @Test
    void changesARoleAndDisablesAUser() {
        var env = Map.of("VIGIE_NEW_PASSWORD", PASSWORD);
        vigie(env, "users", "add", "--email", "com@marseille.fr", "--role", "member", "--territory", "13055");

        assertThat(vigie(Map.of(), "users", "role", "com@marseille.fr", "analyst"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("com@marseille.fr is now analyst");
        assertThat(vigie(Map.of(), "users", "disable", "com@marseille.fr")).isEqualTo(ExitCodes.OK);
        vigie(Map.of(), "users", "list");
        assertThat(terminal.out()).contains("com@marseille.fr\tanalyst\t\t\tdisabled");
    }

    @Test
    void refusesAShortPasswordAndAnUnknownRoleAsUserErrors() {
        assertThat(vigie(Map.of("VIGIE_NEW_PASSWORD", "short"), "users", "add", "--email", "a@b.fr", "--role", "admin"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("password").contains("12").doesNotContain("short");
        assertThat(vigie(Map.of("VIGIE_NEW_PASSWORD", PASSWORD), "users", "add", "--email", "a@b.fr", "--role", "boss"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("admin, analyst, jury, member");
    }

    @Test
    void explainsItselfWithExamples() {
        assertThat(vigie(Map.of(), "users", "add", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("Examples:").contains("VIGIE_NEW_PASSWORD");
    }
}
