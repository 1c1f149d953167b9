package fr.vigie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymiserTest {
    private static final byte[] KEY =
            HexFormat.of().parseHex("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");

    @Test
    void givesAShortStablePseudonymPerNetworkAndAuthor() {
        var pseudonymiser = new Pseudonymiser(KEY);
        String first = pseudonymiser.pseudonym("facebook", "1000123");
        assertThat(first).matches("c_[a-z2-7]{16}");
        assertThat(new Pseudonymiser(KEY).pseudonym("facebook", "1000123")).isEqualTo(first);
        assertThat(pseudonymiser.pseudonym("instagram", "1000123")).isNotEqualTo(first);
        assertThat(pseudonymiser.pseudonym("facebook", "1000124")).isNotEqualTo(first);
        assertThat(new Pseudonymiser(new byte[32]).pseudonym("facebook", "1000123"))
                .isNotEqualTo(first);
    }

    @Test
    void readsTheKeyFromTheEnvironmentInHexOrBase64(@TempDir Path dir) {
        Path keyFile = dir.resolve("pseudonym.key");
        String hex = HexFormat.of().formatHex(KEY);
        String base64 = Base64.getEncoder().encodeToString(KEY);
        String expected = new Pseudonymiser(KEY).pseudonym("x", "42");
        assertThat(Pseudonymiser.fromEnvironment(Map.of("VIGIE_PSEUDONYM_KEY", hex), keyFile)
                        .pseudonym("x", "42"))
                .isEqualTo(expected);
        assertThat(Pseudonymiser.fromEnvironment(Map.of("VIGIE_PSEUDONYM_KEY", base64), keyFile)
                        .pseudonym("x", "42"))
                .isEqualTo(expected);
        assertThat(keyFile).doesNotExist();
    }

    @Test
    void refusesAShortKeyWithoutPrintingIt(@TempDir Path dir) {
        assertThatThrownBy(() ->
                        Pseudonymiser.fromEnvironment(Map.of("VIGIE_PSEUDONYM_KEY", "deadbeefcafe"), dir.resolve("k")))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("VIGIE_PSEUDONYM_KEY holds 6 bytes")
                .hasMessageNotContaining("deadbeefcafe");
    }

    @Test
    void createsAnOwnerOnlyKeyFileOnFirstUseAndReusesIt(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("home/pseudonym.key");
        String first = Pseudonymiser.fromEnvironment(Map.of(), keyFile).pseudonym("x", "42");
        assertThat(Files.readString(keyFile).strip()).matches("[0-9a-f]{64}");
        if (keyFile.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
        }
        assertThat(Pseudonymiser.fromEnvironment(Map.of(), keyFile).pseudonym("x", "42"))
                .isEqualTo(first);
    }
}
