package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.PagesSite;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;

/**
 * The search, methodology, accessibility and credits pages in a real browser, on a phone and a desktop.
 * Every address names its language: the browser keeps the language cookie from one page to the next.
 */
@Tag("browser")
class InformationPagesBrowserTest {
    @AutoClose
    private static PagesSite site;

    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = PagesSite.start();
        browser = Browser.start();
    }

    static Stream<Arguments> pagesAndViewports() {
        return Stream.of(
                        "/recherche?lang=fr",
                        "/recherche?q=digne&lang=fr",
                        "/recherche?q=zzyzx&lang=fr",
                        "/recherche?q=04&lang=en",
                        "/methodologie?lang=fr",
                        "/methodologie?lang=en",
                        "/accessibilite?lang=fr",
                        "/accessibilite?lang=en",
                        "/credits?lang=fr",
                        "/credits?lang=en")
                .flatMap(path -> Stream.of(Viewport.PHONE, Viewport.DESKTOP).map(size -> Arguments.of(path, size)));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("pagesAndViewports")
    void isAccessibleFitsTheScreenAndRaisesNoConsoleError(String path, Viewport viewport) throws Exception {
        browser.size(viewport).open(site.uri(path));

        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        assertThat(browser.horizontalOverflow())
                .as("overflowing: %s", browser.overflowingElements())
                .isFalse();
        assertThat(browser.consoleErrors()).isEmpty();
        String name = "pages" + path.replaceAll("[^a-z0-9]+", "-") + "-" + viewport.label();
        assertThat(Files.size(browser.screenshot(name))).isPositive();
    }

    @ParameterizedTest
    @MethodSource("paths")
    void theSkipLinkTakesTheKeyboardToTheContent(String path) {
        browser.size(Viewport.DESKTOP).open(site.uri(path));

        assertThat(browser.keyboard().tab(1)).isEqualTo(new Keyboard.Focus("a", "Contenu"));
        browser.keyboard().enter();

        assertThat(browser.driver().switchTo().activeElement().getAttribute("id"))
                .isEqualTo("content");
    }

    static Stream<String> paths() {
        return Stream.of("/recherche?lang=fr", "/methodologie?lang=fr", "/accessibilite?lang=fr", "/credits?lang=fr");
    }

    @Test
    void searchesFromTheFormWithTheKeyboardAndLinksToTheTerritory() {
        browser.size(Viewport.PHONE).open(site.uri("/recherche?lang=fr"));

        var input = browser.driver().findElement(By.id("search-query"));
        input.sendKeys("04000");
        browser.keyboard().enter();

        // the results are a new page: wait for it rather than find the link in the old one
        var link = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("tbody a")));
        assertThat(link.getText()).isEqualTo("Digne-les-Bains");
        assertThat(link.getAttribute("href")).endsWith("/territoires/04070");
        assertThat(browser.driver().findElement(By.id("search-query")).getAttribute("value"))
                .isEqualTo("04000");
    }

    @Test
    void theTableOfContentsLeadsToTheSections() {
        browser.size(Viewport.PHONE).open(site.uri("/methodologie?lang=fr"));

        var first = browser.driver().findElement(By.cssSelector(".fr-summary__link"));
        String target = first.getAttribute("href").replaceAll(".*#", "");
        assertThat(browser.driver().findElements(By.id(target))).hasSize(1);
    }
}
