package fr.vigie.web.member;

import fr.vigie.member.HashCost;
import fr.vigie.member.MemberService;
import fr.vigie.member.NewUser;
import fr.vigie.member.PasswordHasher;
import fr.vigie.member.Role;
import fr.vigie.store.Store;
import fr.vigie.web.RouteClient;
import fr.vigie.web.territory.TerritoryWebFixture;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The whole site over the territory pages' small store, with a cheap password hasher, a fixed clock
 * (2026-11-29 12:00 UTC) and three users: an admin, a member of Marseille (13055) and an analyst.
 */
public final class MemberSite extends RouteClient {
    public static final String PASSWORD = "une phrase de quatre mots";
    public static final String ADMIN = "admin@vigie.example";
    public static final String MEMBER = "com@marseille.example";
    static final String ANALYST = "analyste@vigie.example";
    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final PasswordHasher HASHER = new PasswordHasher(new HashCost(64, 1, 1));
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private MemberSite() {
        super(store(), context -> replaced(context, new MemberRoutes(context, HASHER, CLOCK)));
    }

    private static Store store() {
        Store store = TerritoryWebFixture.store();
        var service = new MemberService(store, HASHER, CLOCK);
        service.create(new NewUser(ADMIN, "Camille Admin", Role.ADMIN, null), PASSWORD.toCharArray());
        service.create(new NewUser(MEMBER, "Dominique Marseille", Role.MEMBER, "13055"), PASSWORD.toCharArray());
        service.create(new NewUser(ANALYST, null, Role.ANALYST, null), PASSWORD.toCharArray());
        return store;
    }

    /** The member service the site uses, over a connection of its own. */
    MemberService service(Store connection) {
        return new MemberService(connection, HASHER, CLOCK);
    }

    public static MemberSite start() {
        return new MemberSite();
    }

    public String url(String path) {
        return uri(path).toString();
    }

    /** A browser-like client of its own: cookies kept, redirects not followed. */
    public Client client() {
        return new Client();
    }

    final class Client {
        final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return http.send(
                    HttpRequest.newBuilder(URI.create(url(path)))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts a form with the CSRF token of the page at formPage. */
        HttpResponse<String> submit(String formPage, String path, Map<String, String> fields)
                throws IOException, InterruptedException {
            var form = new LinkedHashMap<String, String>();
            form.put("csrf", csrf(get(formPage).body()));
            form.putAll(fields);
            return post(path, form);
        }

        HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
            return submit(MemberRoutes.SIGN_IN, MemberRoutes.SIGN_IN, Map.of("email", email, "password", password));
        }
    }

    static String csrf(String page) {
        var matcher = CSRF.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no csrf field in " + page);
        }
        return matcher.group(1);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
