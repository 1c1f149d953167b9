package fr.vigie.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private final MemberFixture fixture = new MemberFixture();
    private final MemberService members = fixture.members;

    @AfterEach
    void close() {
        fixture.close();
    }

    private SignInResult attempt(String email, String password, String address) {
        return members.signIn(email, password.toCharArray(), address);
    }

    @Test
    void refusesAnEmailAfterFiveFailuresUntilFifteenMinutesAfterTheFirst() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        Instant first = fixture.clock.now;
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("com@marseille.fr", "wrong password!!", "10.0.0." + i))
                    .isInstanceOf(SignInResult.Rejected.class);
            fixture.clock.now = fixture.clock.now.plus(Duration.ofMinutes(1));
        }
        int verified = fixture.verifications.get();

        var refused = attempt("com@marseille.fr", MemberFixture.PASSWORD, "10.0.0.9");

        assertThat(refused).isEqualTo(new SignInResult.Throttled(first.plus(Duration.ofMinutes(15))));
        assertThat(((SignInResult.Throttled) refused).message())
                .isEqualTo("too many failed sign-ins: retry after 2026-11-29T10:15:00Z");
        assertThat(fixture.verifications)
                .as("no password check while throttled")
                .hasValue(verified);
        assertThat(attempt("nobody@marseille.fr", "wrong password!!", "10.0.0.9"))
                .as("another email from another address")
                .isInstanceOf(SignInResult.Rejected.class);

        fixture.clock.now = first.plus(Duration.ofMinutes(15));
        assertThat(attempt("com@marseille.fr", MemberFixture.PASSWORD, "10.0.0.9"))
                .isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void refusesAnAddressAfterTwentyFailuresWhateverTheEmails() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        Instant first = fixture.clock.now;
        for (int i = 0; i < 20; i++) {
            assertThat(attempt("guess" + i + "@marseille.fr", "wrong password!!", "192.0.2.7"))
                    .isInstanceOf(SignInResult.Rejected.class);
            fixture.clock.now = fixture.clock.now.plus(Duration.ofSeconds(30));
        }

        assertThat(attempt("com@marseille.fr", MemberFixture.PASSWORD, "192.0.2.7"))
                .isEqualTo(new SignInResult.Throttled(first.plus(Duration.ofMinutes(15))));
        assertThat(attempt("com@marseille.fr", MemberFixture.PASSWORD, "198.51.100.1"))
                .as("the same person from elsewhere")
                .isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void aSuccessClearsTheEmailsFailures() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        for (int i = 0; i < 4; i++) {
            attempt("com@marseille.fr", "wrong password!!", "10.0.0.1");
        }
        assertThat(attempt("com@marseille.fr", MemberFixture.PASSWORD, "10.0.0.1"))
                .isInstanceOf(SignInResult.SignedIn.class);
        for (int i = 0; i < 4; i++) {
            attempt("com@marseille.fr", "wrong password!!", "10.0.0.1");
        }

        assertThat(attempt("com@marseille.fr", MemberFixture.PASSWORD, "10.0.0.1"))
                .isInstanceOf(SignInResult.SignedIn.class);
    }
}
