package fr.vigie.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ArchiveCipherTest {
    private static final byte[] KEY = new byte[32];
    private static final byte[] ANSWER =
            "{\"author\": {\"did\": \"did:plc:citoyen\", \"handle\": \"jeanne.bsky.social\"}}"
                    .getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWhatItSealedAndHidesTheContent() {
        var cipher = new ArchiveCipher(KEY);
        byte[] sealed = cipher.seal(ANSWER);

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("did:plc:citoyen", "jeanne");
        assertThat(cipher.open(sealed)).isEqualTo(ANSWER);
    }

    @Test
    void sealsTheSameAnswerDifferentlyEachTime() {
        var cipher = new ArchiveCipher(KEY);

        assertThat(cipher.seal(ANSWER)).isNotEqualTo(cipher.seal(ANSWER));
    }

    @Test
    void refusesAnAlteredItemAndAnotherWorkspacesKey() {
        byte[] sealed = new ArchiveCipher(KEY).seal(ANSWER);
        byte[] altered = Arrays.copyOf(sealed, sealed.length);
        altered[altered.length - 1] ^= 1;
        byte[] otherKey = new byte[32];
        otherKey[0] = 7;

        assertThatThrownBy(() -> new ArchiveCipher(KEY).open(altered))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("altered");
        assertThatThrownBy(() -> new ArchiveCipher(otherKey).open(sealed)).isInstanceOf(StoreException.class);
    }
}
