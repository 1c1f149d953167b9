package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebServer;
import fr.vigie.web.territory.TerritoryWebFixture;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The territory page and the map in a real browser, on a phone and a desktop: accessible (axe),
 * no horizontal scrolling, no console error (hence no CSP violation by their scripts), and the
 * charts drawn from their tables.
 */
@Tag("browser")
class TerritoryAndMapBrowserTest {
    private static Store store;
    private static WebContext context;
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        store = TerritoryWebFixture.store();
        context = WebContext.over(store);
        server = WebServer.start(context, "127.0.0.1", 0);
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        context.close();
        store.close();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    private void waitFor(String css) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void drawsTheTerritoryPageAccessiblyWithoutOverflowOrConsoleErrors(Viewport viewport) {
        browser.size(viewport).open(url("/territoires/13055"));
        waitFor("#territory-chart svg path");
        waitFor("#territory-map svg path");

        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        if (viewport == Viewport.PHONE) {
            assertThat(browser.horizontalOverflow()).isFalse();
        }
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector(".vigie-post-text script")))
                .isEmpty();
        browser.screenshot("territory-" + viewport.label());
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void drawsTheMapAccessiblyWithoutOverflowOrConsoleErrors(Viewport viewport) {
        browser.size(viewport).open(url("/carte"));
        waitFor("#choropleth svg path");

        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        if (viewport == Viewport.PHONE) {
            assertThat(browser.horizontalOverflow()).isFalse();
        }
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("map-" + viewport.label());
    }
}
