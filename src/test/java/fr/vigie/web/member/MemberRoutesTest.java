package fr.vigie.web.member;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.account.AccountFilter;
import fr.vigie.account.AccountRegistry;
import fr.vigie.member.Role;
import fr.vigie.member.Session;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class MemberRoutesTest {
    @AutoClose
    private static final MemberSite site = MemberSite.start();

    /** The admin's form adding a user. */
    private static HttpResponse<String> addUser(
            MemberSite.Client admin, String email, String name, String role, String territory, String password)
            throws Exception {
        return admin.submit(
                "/espace-membre/utilisateurs",
                "/espace-membre/utilisateurs",
                Map.of("email", email, "name", name, "role", role, "territory", territory, "password", password));
    }

    @Test
    void signingInSetsAnHttpOnlyCookieAndRedirectsToTheDashboard() throws Exception {
        var client = site.client();
        var form = client.get("/espace-membre/connexion");
        assertThat(form.body())
                .contains("autocomplete=\"username\"")
                .contains("autocomplete=\"current-password\"")
                .contains("for=\"signin-email\"")
                .doesNotContain("??");

        var signedIn = client.signIn(MemberSite.MEMBER, MemberSite.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location")).hasValue("/espace-membre");
        assertThat(signedIn.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("vigie_session=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax")
                        .contains("Path=/")
                        .doesNotContain("Secure"));
        var dashboard = client.get("/espace-membre");
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body())
                .contains("Bonjour Dominique Marseille (membre).")
                .contains("href=\"/territoires/13055\"")
                .contains("href=\"/api/v1/territories/13055/kpis.csv\"")
                .contains("marseille")
                .contains("Indicateurs de Marseille pour 2026-10")
                .contains("Audience (abonnés)")
                .contains("DONNÉES SIMULÉES")
                .doesNotContain("??");
    }

    @Test
    void theLayoutShowsTheMemberNameOnEveryPage() throws Exception {
        var client = site.client();
        client.signIn(MemberSite.ADMIN, MemberSite.PASSWORD);

        assertThat(client.get("/").body()).contains("Camille Admin").doesNotContain(">Espace membre</a>");
        assertThat(site.client().get("/").body()).contains(">Espace membre</a>");
    }

    @Test
    void aWrongPasswordGetsTheGenericMessageAndNoSession() throws Exception {
        var client = site.client();

        var rejected = client.signIn(MemberSite.ANALYST, "not the password at all");

        assertThat(rejected.statusCode()).isEqualTo(401);
        assertThat(rejected.body()).contains("L’adresse électronique ou le mot de passe est incorrect.");
        assertThat(rejected.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("vigie_session=") && !c.startsWith("vigie_session=;"));
        assertThat(client.get("/espace-membre").statusCode()).isEqualTo(303);
    }

    @Test
    void fiveFailuresThrottleTheEmailAndShowTheRetryTime() throws Exception {
        var admin = site.client();
        admin.signIn(MemberSite.ADMIN, MemberSite.PASSWORD);
        addUser(admin, "oublieux@vigie.example", "", "jury", "", MemberSite.PASSWORD);
        var client = site.client();
        for (int i = 0; i < 5; i++) {
            assertThat(client.signIn("oublieux@vigie.example", "wrong password " + i)
                            .statusCode())
                    .isEqualTo(401);
        }

        var throttled = client.signIn("oublieux@vigie.example", MemberSite.PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.body()).contains("Réessayez après 13:15 (heure de Paris)");
    }

    @Test
    void aFormWithoutOrWithAWrongCsrfTokenIsForbidden() throws Exception {
        var client = site.client();
        client.signIn(MemberSite.MEMBER, MemberSite.PASSWORD);

        var missing = client.post("/espace-membre/comptes", Map.of("network", "x", "handle", "marseille"));
        var wrong =
                client.post("/espace-membre/comptes", Map.of("csrf", "forged", "network", "x", "handle", "marseille"));
        var signInForged = site.client()
                .post(
                        "/espace-membre/connexion",
                        Map.of("csrf", "forged", "email", MemberSite.MEMBER, "password", MemberSite.PASSWORD));

        assertThat(missing.statusCode()).isEqualTo(403);
        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(wrong.body()).contains("Le formulaire a expiré");
        assertThat(signInForged.statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberAddsAnAccountToItsTerritoryButNotToAnother() throws Exception {
        var client = site.client();
        client.signIn(MemberSite.MEMBER, MemberSite.PASSWORD);
        assertThat(site.get("/territoires/13055").body())
                .as("kept for 5 minutes")
                .doesNotContain("marseille.fr");

        var added = client.submit(
                "/espace-membre",
                "/espace-membre/comptes",
                Map.of("territory", "13055", "network", "bluesky", "handle", "marseille.fr"));
        var refused = client.submit(
                "/espace-membre",
                "/espace-membre/comptes",
                Map.of("territory", "83137", "network", "bluesky", "handle", "toulon.fr"));

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(accountsOf("13055")).contains("marseille.fr");
        assertThat(client.get("/espace-membre").body()).contains("marseille.fr");
        assertThat(site.get("/territoires/13055").body())
                .as("assembled again at once")
                .contains("marseille.fr");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Accès refusé").contains("83137");
        assertThat(accountsOf("83137")).isEmpty();
    }

    @Test
    void aMalformedHandleShowsTheDashboardAgainWithTheReason() throws Exception {
        var client = site.client();
        client.signIn(MemberSite.MEMBER, MemberSite.PASSWORD);

        var mistaken = client.submit(
                "/espace-membre", "/espace-membre/comptes", Map.of("network", "reseau-inconnu", "handle", "marseille"));

        assertThat(mistaken.statusCode()).isEqualTo(400);
        assertThat(mistaken.body()).contains("fr-alert--error").contains("reseau-inconnu");
    }

    @Test
    void anAdminCreatesAUserAndOthersMayNotSeeTheUsers() throws Exception {
        var admin = site.client();
        admin.signIn(MemberSite.ADMIN, MemberSite.PASSWORD);

        var created = addUser(admin, "Aix@Example.fr", "Aix", "member", "13001", MemberSite.PASSWORD);

        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(admin.get("/espace-membre/utilisateurs").body())
                .contains("aix@example.fr")
                .contains("13001");
        var member = site.client();
        member.signIn(MemberSite.MEMBER, MemberSite.PASSWORD);
        assertThat(member.get("/espace-membre/utilisateurs").statusCode()).isEqualTo(403);
        var tooShort = addUser(admin, "court@example.fr", "", "analyst", "", "court");
        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body())
                .contains("Le mot de passe doit compter de 12 à")
                .doesNotContain("--email")
                .doesNotContain("vigie users");
        var memberWithoutTerritory =
                addUser(admin, "sans-territoire@example.fr", "", "member", "", "une phrase de quatre mots");
        assertThat(memberWithoutTerritory.body())
                .contains("Un membre appartient à un territoire : indiquez son code INSEE ou son SIREN.");
    }

    @Test
    void anAdminChangesARoleAndDisablesAUser() throws Exception {
        var admin = site.client();
        admin.signIn(MemberSite.ADMIN, MemberSite.PASSWORD);
        addUser(admin, "passager@example.fr", "", "analyst", "", MemberSite.PASSWORD);

        admin.submit(
                "/espace-membre/utilisateurs",
                "/espace-membre/utilisateurs/role",
                Map.of("email", "passager@example.fr", "role", "jury", "territory", ""));
        admin.submit(
                "/espace-membre/utilisateurs",
                "/espace-membre/utilisateurs/desactivation",
                Map.of("email", "passager@example.fr"));

        var user = site.context().stores().read(store -> site.service(store).user("passager@example.fr"));
        assertThat(user).hasValueSatisfying(u -> {
            assertThat(u.role()).isEqualTo(Role.JURY);
            assertThat(u.disabled()).isTrue();
        });
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var client = site.client();
        client.signIn(MemberSite.ANALYST, MemberSite.PASSWORD);
        assertThat(client.get("/espace-membre").statusCode()).isEqualTo(200);
        String token = client.cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("vigie_session"))
                .findFirst()
                .orElseThrow()
                .getValue();

        var out = client.submit("/espace-membre", "/espace-membre/deconnexion", Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        var again = client.get("/espace-membre");
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).hasValue("/espace-membre/connexion");
        Optional<Session> ended =
                site.context().stores().read(store -> site.service(store).session(token));
        assertThat(ended).isEmpty();
    }

    @Test
    void aVisitorIsSentToTheSignInForm() throws Exception {
        var visit = site.client().get("/espace-membre");

        assertThat(visit.statusCode()).isEqualTo(303);
        assertThat(visit.headers().firstValue("Location")).hasValue("/espace-membre/connexion");
    }

    @Test
    void speaksEnglish() throws Exception {
        var client = site.client();
        assertThat(client.get("/espace-membre/connexion?lang=en").body())
                .contains("Sign in to the member space")
                .doesNotContain("??");
        client.signIn(MemberSite.MEMBER, MemberSite.PASSWORD);

        assertThat(client.get("/espace-membre").body())
                .contains("Hello Dominique Marseille (member).")
                .contains("SIMULATED DATA")
                .doesNotContain("??");
    }

    @Test
    void anUnknownSessionCookieIsDroppedAndTheVisitorStaysAnonymous() throws Exception {
        var home = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(site.url("/")))
                                .header("Cookie", "vigie_session=forged-token")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(home.body()).contains(">Espace membre</a>");
        assertThat(home.headers().allValues("Set-Cookie"))
                .anyMatch(c -> c.startsWith("vigie_session=;")
                        || c.startsWith("vigie_session=\"\";")
                        || c.contains("Max-Age=0"));
    }

    private static java.util.List<String> accountsOf(String territory) {
        return site.context()
                .stores()
                .read(store -> new AccountRegistry(store)
                        .list(new AccountFilter(territory, null, null)).stream()
                                .filter(a -> a.status() != fr.vigie.account.AccountStatus.LEFT)
                                .map(fr.vigie.account.Account::handle)
                                .toList());
    }
}
