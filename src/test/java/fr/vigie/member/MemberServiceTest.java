package fr.vigie.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.store.AccountStoreFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemberServiceTest {
    private final MemberFixture fixture = new MemberFixture();
    private final MemberService members = fixture.members;

    @AfterEach
    void close() {
        fixture.close();
    }

    private Session signIn(String email) {
        return ((SignInResult.SignedIn) members.signIn(email, MemberFixture.PASSWORD.toCharArray(), "10.0.0.1"))
                .session();
    }

    @Test
    void createsUsersWithLowerCaseEmailsAndNoPlainPassword() {
        Member user = fixture.create(" Com@Marseille.FR ", Role.MEMBER, "13055");

        assertThat(user.email()).isEqualTo("com@marseille.fr");
        assertThat(user.territoryCode()).isEqualTo("13055");
        assertThat(AccountStoreFixture.column(fixture.store, "SELECT password_hash FROM member_user"))
                .singleElement()
                .asString()
                .startsWith("$argon2id$")
                .doesNotContain(MemberFixture.PASSWORD);
    }

    @Test
    void refusesShortPasswordsBadEmailsAndMisplacedTerritories() {
        assertThatThrownBy(() -> members.create(new NewUser("a@b.fr", null, Role.ADMIN, null), "short".toCharArray()))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("12");
        assertThatThrownBy(() -> fixture.create("not-an-email", Role.ADMIN, null))
                .hasMessageContaining("not an email address");
        assertThatThrownBy(() -> fixture.create("a@b.fr", Role.MEMBER, null)).hasMessageContaining("--territory");
        assertThatThrownBy(() -> fixture.create("a@b.fr", Role.MEMBER, "99999")).hasMessageContaining("99999");
        assertThatThrownBy(() -> fixture.create("a@b.fr", Role.ANALYST, "13055"))
                .hasMessageContaining("only a member belongs to a territory");
        fixture.create("a@b.fr", Role.ADMIN, null);
        assertThatThrownBy(() -> fixture.create("A@b.fr", Role.ADMIN, null)).hasMessageContaining("exists already");
    }

    @Test
    void signsInWithTheRightPasswordAndRejectsAWrongOne() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");

        assertThat(members.signIn("COM@marseille.fr", "wrong password!!".toCharArray(), "10.0.0.1"))
                .isInstanceOf(SignInResult.Rejected.class);
        Session session = signIn("com@marseille.fr");
        assertThat(session.user().email()).isEqualTo("com@marseille.fr");
        assertThat(session.token()).hasSize(43);
        assertThat(session.toString()).doesNotContain(session.token()).doesNotContain(session.csrfToken());
        assertThat(AccountStoreFixture.column(fixture.store, "SELECT session_id FROM member_session"))
                .containsExactly(SessionTokens.sessionId(session.token()))
                .doesNotContain(session.token());
    }

    @Test
    void derivesOnceForAnUnknownEmailAsForAKnownOne() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");

        members.signIn("com@marseille.fr", "wrong password!!".toCharArray(), "10.0.0.1");
        assertThat(fixture.verifications).hasValue(1);
        var result = members.signIn("nobody@marseille.fr", MemberFixture.PASSWORD.toCharArray(), "10.0.0.1");
        assertThat(result).isInstanceOf(SignInResult.Rejected.class);
        assertThat(fixture.verifications).hasValue(2);
    }

    @Test
    void rejectsADisabledUserEvenWithTheRightPasswordAndEndsTheirSessions() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        Session session = signIn("com@marseille.fr");

        members.disable("com@marseille.fr");

        assertThat(members.session(session.token())).isEmpty();
        assertThat(members.signIn("com@marseille.fr", MemberFixture.PASSWORD.toCharArray(), "10.0.0.1"))
                .isInstanceOf(SignInResult.Rejected.class);
    }

    @Test
    void rotatesTheSessionAtEverySignIn() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");

        Session first = signIn("com@marseille.fr");
        Session second = signIn("com@marseille.fr");

        assertThat(second.token()).isNotEqualTo(first.token());
        assertThat(second.csrfToken()).isNotEqualTo(first.csrfToken());
        assertThat(members.session(second.token())).isPresent();
    }

    @Test
    void endsASessionAfterTwoIdleHoursButKeepsAnActiveOne() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        Session session = signIn("com@marseille.fr");

        fixture.clock.now = fixture.clock.now.plus(Duration.ofMinutes(119));
        assertThat(members.session(session.token())).isPresent();
        fixture.clock.now = fixture.clock.now.plus(Duration.ofMinutes(119));
        assertThat(members.session(session.token())).isPresent();
        fixture.clock.now = fixture.clock.now.plus(Duration.ofHours(2));
        assertThat(members.session(session.token())).isEmpty();
        assertThat(AccountStoreFixture.count(fixture.store, "SELECT count(*) FROM member_session"))
                .isZero();
    }

    @Test
    void endsASessionTwelveHoursAfterSignInHoweverActive() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        Session session = signIn("com@marseille.fr");

        for (int hour = 1; hour < 12; hour++) {
            fixture.clock.now = fixture.clock.now.plus(Duration.ofHours(1));
            assertThat(members.session(session.token())).as("hour %d", hour).isPresent();
        }
        fixture.clock.now = fixture.clock.now.plus(Duration.ofHours(1));
        assertThat(members.session(session.token())).isEmpty();
    }

    @Test
    void forgetsEndedSessionsAtTheNextSignIn() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        signIn("com@marseille.fr");
        fixture.clock.now = fixture.clock.now.plus(Duration.ofHours(3));

        signIn("com@marseille.fr");

        assertThat(AccountStoreFixture.count(fixture.store, "SELECT count(*) FROM member_session"))
                .isOne();
    }

    @Test
    void signOutDeletesTheSession() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        Session session = signIn("com@marseille.fr");

        members.signOut(session.token());

        assertThat(members.session(session.token())).isEmpty();
        assertThat(members.session("forged-token")).isEmpty();
    }

    @Test
    void acceptsOnlyTheSessionsOwnCsrfToken() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        Session session = signIn("com@marseille.fr");
        Session resolved = members.session(session.token()).orElseThrow();

        assertThat(resolved.csrfMatches(session.csrfToken())).isTrue();
        assertThat(resolved.csrfMatches(session.csrfToken() + "x")).isFalse();
        assertThat(resolved.csrfMatches("")).isFalse();
        assertThat(resolved.csrfMatches(signIn("com@marseille.fr").csrfToken())).isFalse();
    }

    @Test
    void changingARoleEndsTheUsersSessions() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        Session session = signIn("com@marseille.fr");

        Member analyst = members.changeRole("com@marseille.fr", Role.ANALYST, null);

        assertThat(analyst.role()).isEqualTo(Role.ANALYST);
        assertThat(analyst.territoryCode()).isNull();
        assertThat(members.session(session.token())).isEmpty();
    }

    @Test
    void rehashesAWeakStoredHashAtSignIn() {
        fixture.create("com@marseille.fr", Role.MEMBER, "13055");
        var stronger = new MemberService(fixture.store, new PasswordHasher(new HashCost(128, 2, 1)), fixture.clock);

        assertThat(stronger.signIn("com@marseille.fr", MemberFixture.PASSWORD.toCharArray(), "10.0.0.1"))
                .isInstanceOf(SignInResult.SignedIn.class);

        assertThat(AccountStoreFixture.column(fixture.store, "SELECT password_hash FROM member_user"))
                .singleElement()
                .asString()
                .contains("m=128,t=2,p=1");
    }
}
