package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.RouteClient;
import fr.vigie.web.palmares.PalmaresWebFixture;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The palmarès and the home page in a real browser, on a phone and a desktop: accessible (axe), no
 * horizontal scrolling, no console error, and the filter form usable with the keyboard alone.
 */
@Tag("browser")
class PalmaresBrowserTest {
    @AutoClose
    private static RouteClient site;

    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = RouteClient.site(PalmaresWebFixture.store());
        browser = Browser.start();
    }

    private String url(String path) {
        return site.uri(path).toString();
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void drawsThePalmaresAccessiblyWithoutOverflowOrConsoleErrors(Viewport viewport) {
        browser.size(viewport).open(url("/palmares"));

        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        if (viewport == Viewport.PHONE) {
            assertThat(browser.horizontalOverflow()).isFalse();
        }
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#palmares-table tbody tr")))
                .hasSize(50);
        browser.screenshot("palmares-" + viewport.label());
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void drawsTheHomeAccessiblyWithoutOverflowOrConsoleErrors(Viewport viewport) {
        browser.size(viewport).open(url("/"));

        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        if (viewport == Viewport.PHONE) {
            assertThat(browser.horizontalOverflow()).isFalse();
        }
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("home-" + viewport.label());
    }

    @Test
    void filtersWithTheKeyboardAlone() {
        browser.size(Viewport.DESKTOP).open(url("/palmares"));
        var field = browser.driver().findElement(By.id("filter-departement"));
        field.sendKeys("13");

        assertThat(browser.keyboard().tab(1)).isEqualTo(new Keyboard.Focus("button", "Afficher le palmarès"));
        browser.keyboard().enter();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.urlContains("departement=13"));

        assertThat(browser.driver().findElement(By.tagName("caption")).getText())
                .contains("zone DEP-13");
        assertThat(browser.driver().findElement(By.id("filter-departement")).getAttribute("value"))
                .isEqualTo("13");
    }
}
