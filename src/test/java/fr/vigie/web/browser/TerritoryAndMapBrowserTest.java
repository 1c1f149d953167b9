package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.territory.location.Location;
import fr.vigie.territory.location.Locations;
import fr.vigie.web.RouteClient;
import fr.vigie.web.territory.TerritoryWebFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The territory page and the map in a real browser, on a phone and a desktop: accessible (axe),
 * no horizontal scrolling, no console error (hence no CSP violation by their scripts), and the
 * charts drawn from their tables.
 */
@Tag("browser")
class TerritoryAndMapBrowserTest {
    @AutoClose
    private static RouteClient site;

    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void start() {
        Store store = TerritoryWebFixture.store();
        new Locations(store)
                .replace(List.of(
                        new Location("83137", 43.1242, 5.9280, "test"),
                        new Location("83069", 43.1204, 6.1286, "test")));
        site = RouteClient.site(store);
        browser = Browser.start();
    }

    private String url(String path) {
        return site.uri(path).toString();
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

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void placesTheCommunesOfTheDepartementAsPointsInsideTheChart(Viewport viewport) {
        browser.size(viewport).open(url("/carte?departement=83#communes"));
        waitFor("#communes-map svg path");

        Object inside = ((JavascriptExecutor) browser.driver()).executeScript("""
                        var element = document.getElementById('communes-map');
                        var chart = echarts.getInstanceByDom(element);
                        var points = chart.getOption().series[0].data;
                        return points.length === 2 && points.every(function (p) {
                          var pixel = chart.convertToPixel({ geoIndex: 0 }, [p.value[0], p.value[1]]);
                          return pixel[0] > 0 && pixel[0] < element.clientWidth
                              && pixel[1] > 0 && pixel[1] < element.clientHeight;
                        });
                        """);

        assertThat(inside).as("both communes drawn, inside the chart").isEqualTo(true);
        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        if (viewport == Viewport.PHONE) {
            assertThat(browser.horizontalOverflow()).isFalse();
        }
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("map-communes-" + viewport.label());

        browser.open(url("/territoires/83137#map"));
        waitFor("#territory-map svg path");
        Object marked = ((JavascriptExecutor) browser.driver()).executeScript("""
                var chart = echarts.getInstanceByDom(document.getElementById('territory-map'));
                return chart.getOption().series.length === 1 && chart.getOption().series[0].data.length === 1;
                """);
        assertThat(marked).as("Toulon marked by its point").isEqualTo(true);
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot("territory-point-" + viewport.label());
    }
}
