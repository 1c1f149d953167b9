package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.member.MemberSite;
import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The member space in a real browser, on a phone and a desktop: the sign-in form typed with the
 * keyboard, then the dashboard (and the administrator's users page), each accessible (axe), without
 * horizontal scrolling on a phone and without console errors.
 */
@Tag("browser")
class MemberSpaceBrowserTest {
    @AutoClose
    private static MemberSite site;

    @AutoClose
    private static Browser browser;

    @BeforeAll
    static void start() {
        site = MemberSite.start();
        browser = Browser.start();
    }

    private void checkPage(Viewport viewport, String screenshot) {
        assertThat(Browser.seriousOrCritical(browser.axe())).isEmpty();
        if (viewport == Viewport.PHONE) {
            assertThat(browser.horizontalOverflow()).isFalse();
        }
        assertThat(browser.consoleErrors()).isEmpty();
        browser.screenshot(screenshot + "-" + viewport.label());
    }

    private void signIn(Viewport viewport, String email, String screenshot) {
        browser.size(viewport).open(site.url("/"));
        browser.driver().manage().deleteAllCookies();
        browser.open(site.url("/espace-membre/connexion"));
        checkPage(viewport, screenshot + "-before");
        var driver = browser.driver();
        driver.findElement(By.id("signin-email")).sendKeys(email);
        driver.findElement(By.id("signin-email")).sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(MemberSite.PASSWORD, Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlToBe(site.url("/espace-membre")));
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void signsInWithTheKeyboardAndShowsAnAccessibleDashboard(Viewport viewport) {
        signIn(viewport, MemberSite.MEMBER, "member-signin");

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Espace membre");
        assertThat(browser.driver().getPageSource()).contains("Dominique Marseille");
        checkPage(viewport, "member-dashboard");
    }

    @ParameterizedTest
    @EnumSource(Viewport.class)
    void showsTheUsersPageAccessiblyToAnAdministrator(Viewport viewport) {
        signIn(viewport, MemberSite.ADMIN, "member-admin-signin");
        browser.open(site.url("/espace-membre/utilisateurs"));

        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Gestion des utilisateurs");
        checkPage(viewport, "member-users");
    }
}
