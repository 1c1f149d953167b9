package fr.vigie.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.VigieException;
import fr.vigie.store.Store;
import fr.vigie.web.home.HomeRoutes;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebServerTest {
    @AutoClose
    private static RouteClient site;

    @BeforeAll
    static void start() {
        WebRoutes failing = routes -> {
            routes.get("/boom", ctx -> {
                throw new IllegalStateException("secret detail of the failure");
            });
            routes.get("/refused", ctx -> {
                throw new VigieException("unknown category '<b>x</b>': use one of a, b");
            });
        };
        site = RouteClient.features(Store.inMemory(), context -> List.of(new HomeRoutes(context), failing));
    }

    @Test
    void servesTheHomePageInFrenchWithSecurityHeaders() throws Exception {
        var home = site.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/html").containsIgnoringCase("utf-8"));
        assertThat(home.body())
                .contains("<html lang=\"fr\"")
                .contains("Observatoire indépendant")
                .contains("/static/vendor/dsfr/dsfr.min.css")
                .doesNotContain("??");
        assertThat(home.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains("script-src 'self'")
                        .contains("style-src 'self'")
                        .doesNotContain("unsafe-inline"));
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void switchesToEnglishAndRemembersIt() throws Exception {
        var english = site.get("/?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\"").contains("Independent observatory");
        assertThat(english.headers().allValues("Set-Cookie"))
                .anySatisfy(c -> assertThat(c).contains("lang=en").containsIgnoringCase("HttpOnly"));
        assertThat(site.get("/", "Cookie", "lang=en").body()).contains("<html lang=\"en\"");
        assertThat(english.body()).contains("href=\"/?lang=fr\"");
    }

    @Test
    void answersAMissingPageWithAPageAndTheApiWithJson() throws Exception {
        var page = site.get("/nowhere");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable").doesNotContain("Endpoint");
        var api = site.get("/api/v1/nowhere");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        assertThat(api.body()).contains("\"status\":404");
    }

    @Test
    void neverShowsAStackTraceButSaysWhyARequestIsRefused() throws Exception {
        var boom = site.get("/boom");
        assertThat(boom.statusCode()).isEqualTo(500);
        assertThat(boom.body())
                .contains("incident")
                .doesNotContain("secret detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at fr.vigie");
        var refused = site.get("/refused");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("unknown category '&lt;b&gt;x&lt;/b&gt;'")
                .doesNotContain("<b>x");
    }

    @Test
    void servesTheFrontEndPackagesFromTheJarNotFromACdn() throws Exception {
        assertThat(site.get("/static/vendor/dsfr/dsfr.min.css").statusCode()).isEqualTo(200);
        assertThat(site.get("/static/vendor/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(site.get("/static/vendor/map/france.departments.svg").statusCode())
                .isEqualTo(200);
        assertThat(site.get("/static/css/vigie.css").statusCode()).isEqualTo(200);
        assertThat(site.get("/").body()).doesNotContainPattern("(src|href)=\"https?://");
    }
}
