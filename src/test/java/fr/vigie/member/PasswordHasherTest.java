package fr.vigie.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private static final HashCost TINY = new HashCost(64, 1, 1);

    @Test
    void derivesTheReferenceArgon2idVector() {
        byte[] tag = PasswordHasher.derive(
                "correct horse battery staple".toCharArray(),
                "somesaltsomesalt".getBytes(StandardCharsets.UTF_8),
                HashCost.RECOMMENDED,
                32);

        assertThat(Base64.getEncoder().withoutPadding().encodeToString(tag))
                .isEqualTo("ISO7kkvFzh19GM8qB7patN3C3Y9HHsjlVTfEZ9T600Y");
    }

    @Test
    void writesPhcStringsThatVerifyTheRightPasswordOnly() {
        var hasher = new PasswordHasher(TINY);
        String stored = hasher.hash("correct horse battery staple".toCharArray());

        assertThat(stored).matches("\\$argon2id\\$v=19\\$m=64,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("correct horse battery staple".toCharArray(), stored))
                .isTrue();
        assertThat(hasher.verify("correct horse battery stapler".toCharArray(), stored))
                .isFalse();
        assertThat(hasher.verify("x".toCharArray(), "not a hash")).isFalse();
    }

    @Test
    void saltsEveryHashDifferently() {
        var hasher = new PasswordHasher(TINY);

        assertThat(hasher.hash("same password here".toCharArray()))
                .isNotEqualTo(hasher.hash("same password here".toCharArray()));
    }

    @Test
    void verifiesTheReferenceVectorAsAPhcString() {
        String stored =
                "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$ISO7kkvFzh19GM8qB7patN3C3Y9HHsjlVTfEZ9T600Y";

        assertThat(new PasswordHasher(TINY).verify("correct horse battery staple".toCharArray(), stored))
                .isTrue();
    }

    @Test
    void asksForARehashWhenTheStoredCostIsWeakerThanToday() {
        String weak = new PasswordHasher(TINY).hash("a long enough password".toCharArray());
        var stronger = new PasswordHasher(new HashCost(128, 2, 1));

        assertThat(stronger.needsRehash(weak)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("a long enough password".toCharArray())))
                .isFalse();
        assertThat(new PasswordHasher(TINY).needsRehash(weak)).isFalse();
    }
}
