package fr.vigie.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core from frontend/node_modules (installed by {@code npm ci} in generate-resources), injected
 * through WebDriver, which the page's Content-Security-Policy does not restrict.
 */
final class AxeCore {
    static final String SCRIPT = "frontend/node_modules/axe-core/axe.min.js";
    /** The WCAG 2.x A and AA rules, which the RGAA follows. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
              .then(r => done({violations: r.violations.map(v =>
                  ({id: v.id, impact: v.impact || 'unknown', help: v.help, nodes: v.nodes.length}))}))
              .catch(e => done({error: String(e)}));
            """;

    private AxeCore() {}

    static List<AxeViolation> run(JavascriptExecutor page) {
        if (!(Boolean) page.executeScript("return typeof window.axe !== 'undefined';")) {
            page.executeScript(source());
        }
        var result = (Map<?, ?>) page.executeAsyncScript(RUN);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        var violations = new ArrayList<AxeViolation>();
        for (Object item : (List<?>) result.get("violations")) {
            var v = (Map<?, ?>) item;
            violations.add(new AxeViolation(
                    (String) v.get("id"),
                    (String) v.get("impact"),
                    (String) v.get("help"),
                    ((Number) v.get("nodes")).intValue()));
        }
        return List.copyOf(violations);
    }

    private static String source() {
        Path script = ProjectRoot.path().resolve(SCRIPT);
        if (!Files.isRegularFile(script)) {
            Assertions.fail(script + " is missing: run ./mvnw generate-resources (npm ci)");
        }
        try {
            return Files.readString(script);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
