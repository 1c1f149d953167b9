package fr.vigie.web.browser;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class BrowserInstallationTest {
    private static final BrowserInstallation ABSENT =
            new BrowserInstallation(Path.of("/nonexistent/chromium"), Path.of("/nonexistent/chromedriver"));

    @Test
    void skipsTheBrowserTestsOnADeveloperMachineWithoutChromium() {
        assertThatThrownBy(() -> ABSENT.require(Map.of()))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("apt-get install chromium chromium-driver");
    }

    @Test
    void failsTheBrowserTestsOnCiWithoutChromium() {
        assertThatThrownBy(() -> ABSENT.require(Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("apt-get install chromium chromium-driver")
                .hasMessageContaining("/nonexistent/chromedriver");
    }

    @Test
    void acceptsAnInstallationWhoseProgramsExist() {
        var shell = new BrowserInstallation(Path.of("/bin/sh"), Path.of("/bin/sh"));
        assertThatCode(() -> shell.require(Map.of("CI", "true"))).doesNotThrowAnyException();
    }
}
