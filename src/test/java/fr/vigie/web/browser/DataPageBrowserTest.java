package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.web.RouteClient;
import fr.vigie.web.api.ApiRoutes;
import fr.vigie.web.api.DataRoutes;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The open data page, /donnees, in a real browser on a phone and a desktop, in both languages. */
@Tag("browser")
class DataPageBrowserTest {
    @AutoClose
    private static RouteClient site;

    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = RouteClient.features(
                Store.inMemory(), context -> List.of(new ApiRoutes(context), new DataRoutes(context)));
        browser = Browser.start();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({"fr, PHONE", "fr, DESKTOP", "en, PHONE", "en, DESKTOP"})
    void isAccessibleFitsTheScreenAndRaisesNoConsoleError(String language, Viewport viewport) throws Exception {
        browser.size(viewport).open(site.uri("/donnees?lang=" + language));

        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        assertThat(browser.horizontalOverflow()).isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(Files.size(browser.screenshot("donnees-" + language + "-" + viewport.label())))
                .isPositive();
    }
}
