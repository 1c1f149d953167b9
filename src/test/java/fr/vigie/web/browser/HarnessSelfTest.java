package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Proves on known pages that the harness sees what it must: a clean page passes, a faulty one fails. */
@Tag("browser")
class HarnessSelfTest {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String SVG = "image/svg+xml";
    private static final String CHART = """
            <svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#000091"/></svg>
            """;
    private static final String CLEAN = """
            <!doctype html>
            <html lang="fr"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Palmarès — Vigie</title></head>
            <body><header><a href="#contenu">Aller au contenu</a></header>
            <main id="contenu"><h1>Palmarès des communes</h1>
            <p>Lyon progresse de trois places ce mois-ci.</p>
            <img src="/chart.svg" alt="Courbe des publications de Lyon">
            <p><a href="/methodologie">Méthodologie</a></p></main></body></html>
            """;
    private static final String FAULTY = """
            <!doctype html>
            <html lang="fr"><head><meta charset="utf-8"><title>Page fautive — Vigie</title>
            <link rel="stylesheet" href="/wide.css"></head>
            <body><main><h1>Page fautive</h1>
            <img src="/chart.svg">
            <div class="wide">Un tableau trop large pour un téléphone</div>
            <script>document.title = 'injecté';</script></main></body></html>
            """;

    private static StaticSite site;
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = new StaticSite(Map.of(
                "/clean.html", new StaticSite.File(HTML, CLEAN),
                "/faulty.html", new StaticSite.File(HTML, FAULTY),
                "/chart.svg", new StaticSite.File(SVG, CHART),
                "/favicon.ico", new StaticSite.File(SVG, CHART),
                "/wide.css", new StaticSite.File("text/css", ".wide { width: 2000px; }")));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        site.close();
    }

    @Test
    void passesAnAccessiblePageThatFitsAPhone() throws Exception {
        browser.size(Viewport.PHONE).open(site.url("/clean.html"));

        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        assertThat(browser.horizontalOverflow()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
        var shot = browser.screenshot("harness-clean-" + Viewport.PHONE.label());
        assertThat(Files.size(shot)).isPositive();
    }

    @Test
    void reportsAMissingAltTextAnInlineScriptAndAnOverflowingLayout() {
        browser.size(Viewport.PHONE).open(site.url("/faulty.html"));

        assertThat(browser.axe())
                .anySatisfy(v -> assertThat(v)
                        .extracting(AxeViolation::id, AxeViolation::impact)
                        .containsExactly("image-alt", "critical"));
        assertThat(browser.consoleErrors())
                .anySatisfy(message -> assertThat(message).contains("Content Security Policy"));
        assertThat(browser.driver().getTitle()).isEqualTo("Page fautive — Vigie");
        assertThat(browser.horizontalOverflow()).isTrue();
    }

    @Test
    void followsTheFocusFromLinkToLinkWithTheTabKey() {
        browser.size(Viewport.DESKTOP).open(site.url("/clean.html"));

        assertThat(browser.keyboard().tab(1)).isEqualTo(new Keyboard.Focus("a", "Aller au contenu"));
        assertThat(browser.keyboard().tab(1)).isEqualTo(new Keyboard.Focus("a", "Méthodologie"));
        browser.screenshot("harness-clean-" + Viewport.DESKTOP.label());
    }
}
