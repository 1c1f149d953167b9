package fr.vigie.web.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's chromium and its driver, which the browser tests use instead of downloading a browser.
 * Missing on a developer machine, the browser tests are skipped; missing on CI ({@code CI=true}),
 * they fail, so a green CI run always means the pages were really opened.
 */
public record BrowserInstallation(Path chromium, Path chromedriver) {
    public static final BrowserInstallation DEBIAN =
            new BrowserInstallation(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"));
    static final String INSTALL = "apt-get install chromium chromium-driver";

    /** Returns when both programs exist; otherwise skips the test, or fails it when {@code CI=true}. */
    public void require(Map<String, String> environment) {
        var missing = new ArrayList<String>();
        for (Path program : new Path[] {chromium, chromedriver}) {
            if (!Files.isExecutable(program)) {
                missing.add(program.toString());
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String message = "Browser tests need " + String.join(" and ", missing) + ": run `" + INSTALL + "`";
        if ("true".equalsIgnoreCase(environment.getOrDefault("CI", ""))) {
            Assertions.fail(message + " (CI=true, so the browser tests may not be skipped)");
        }
        Assumptions.abort(message);
    }
}
