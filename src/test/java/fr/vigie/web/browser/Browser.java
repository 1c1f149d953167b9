package fr.vigie.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * A headless Debian chromium driven through /usr/bin/chromedriver: open one per test class
 * ({@code @BeforeAll}, 2–3 s to start) and close it in {@code @AfterAll}. Nothing is downloaded:
 * the driver is given explicitly, so Selenium Manager never runs.
 */
public final class Browser implements AutoCloseable {
    /**
     * Selenium warns that it has no DevTools binding for this chromium version; the harness uses
     * WebDriver only, so the warning is noise. Held here because java.util.logging keeps loggers weakly.
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> pageErrors = new ArrayList<>();

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts chromium at phone size; skips or fails first when it is not installed (see BrowserInstallation). */
    public static Browser start() {
        var installation = BrowserInstallation.DEBIAN;
        installation.require(System.getenv());
        try {
            Path profile = Files.createTempDirectory("vigie-chromium-");
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(installation.chromedriver().toFile())
                    .usingAnyFreePort()
                    .build();
            var options = new ChromeOptions();
            options.setBinary(installation.chromium().toFile());
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--user-data-dir=" + profile,
                    "--window-size=" + Viewport.PHONE.width + "," + Viewport.PHONE.height);
            var logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Resizes the window; call before {@link #open} so the page lays out at that size. */
    public Browser size(Viewport viewport) {
        driver.manage().window().setSize(new Dimension(viewport.width, viewport.height));
        return this;
    }

    /** Loads a page and forgets the console messages of the previous one. */
    public Browser open(String url) {
        driver.manage().logs().get(LogType.BROWSER);
        pageErrors.clear();
        driver.get(url);
        return this;
    }

    public Browser open(URI url) {
        return open(url.toString());
    }

    /** Saves what the window shows as target/screenshots/{name}.png (kept by CI as an artefact). */
    public Path screenshot(String name) {
        try {
            Path target = ProjectRoot.path().resolve("target/screenshots/" + name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SEVERE console entries of the current page: script errors, failed loads, CSP violations. */
    public List<String> consoleErrors() {
        for (var entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                pageErrors.add(entry.getMessage());
            }
        }
        return List.copyOf(pageErrors);
    }

    /** True when the page is wider than the window, i.e. a phone user would have to scroll sideways. */
    public boolean horizontalOverflow() {
        return (Boolean)
                driver.executeScript("const e = document.documentElement; return e.scrollWidth > e.clientWidth;");
    }

    /** The elements sticking out to the right of the page (tag.class and width), to say what overflows. */
    @SuppressWarnings("unchecked")
    public List<String> overflowingElements() {
        return (List<String>) driver.executeScript("const w = document.documentElement.clientWidth;"
                + " const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)"
                + " { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };"
                + " return ['scrollWidth ' + document.documentElement.scrollWidth + ' clientWidth ' + w]"
                + ".concat([...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 1 && !clipped(e))"
                + ".slice(0, 10).map(e => e.tagName.toLowerCase() + '.' + e.className + ' '"
                + " + Math.round(e.getBoundingClientRect().width) + 'px: ' + (e.textContent || '').slice(0, 60)));");
    }

    /** Runs axe-core on the current page and returns every WCAG A/AA violation. */
    public List<AxeViolation> axe() {
        return AxeCore.run(driver);
    }

    /** The violations that block a page: impact serious or critical. */
    public static List<AxeViolation> seriousOrCritical(List<AxeViolation> violations) {
        return violations.stream().filter(AxeViolation::blocking).toList();
    }

    public Keyboard keyboard() {
        return new Keyboard(driver);
    }

    /** The underlying driver, to find elements and read what a person would see. */
    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the chromium profile " + profile, e);
        }
    }
}
