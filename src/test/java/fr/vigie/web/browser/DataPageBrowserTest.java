package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.web.SingleFeatureServer;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebServer;
import fr.vigie.web.api.ApiRoutes;
import fr.vigie.web.api.DataRoutes;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The open data page, /donnees, in a real browser on a phone and a desktop, in both languages. */
@Tag("browser")
class DataPageBrowserTest {
    private static Store store;
    private static WebContext context;
    private static WebServer server;
    private static Browser browser;

    @BeforeAll
    static void start() {
        store = Store.inMemory();
        context = WebContext.over(store);
        server = SingleFeatureServer.start(context, List.of(new ApiRoutes(context), new DataRoutes(context)));
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

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"fr, PHONE", "fr, DESKTOP", "en, PHONE", "en, DESKTOP"})
    void isAccessibleFitsTheScreenAndRaisesNoConsoleError(String language, Viewport viewport) throws Exception {
        browser.size(viewport).open(server.uri("127.0.0.1").resolve("/donnees?lang=" + language));

        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        assertThat(browser.horizontalOverflow()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(Files.size(browser.screenshot("donnees-" + language + "-" + viewport.label())))
                .isPositive();
    }
}
