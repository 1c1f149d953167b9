package fr.vigie.web.browser;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/** Moves through a page as a keyboard user does, to check that focus reaches what matters, in order. */
public final class Keyboard {
    private final WebDriver driver;

    Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    /** The element that has the focus: its tag name (lower case) and its visible text. */
    public record Focus(String tag, String text) {}

    /** Presses Tab {@code times} times from wherever the focus is, and returns the focused element. */
    public Focus tab(int times) {
        var actions = new Actions(driver);
        for (int i = 0; i < times; i++) {
            actions.sendKeys(Keys.TAB);
        }
        actions.perform();
        return focused();
    }

    /** Presses Enter on the focused element (follows a link, submits a form). */
    public void enter() {
        new Actions(driver).sendKeys(Keys.ENTER).perform();
    }

    public Focus focused() {
        var element = driver.switchTo().activeElement();
        return new Focus(
                element.getTagName().toLowerCase(java.util.Locale.ROOT),
                element.getText().strip());
    }
}
