package fr.vigie.web.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.PagesSite;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class AccessibilityRoutesTest {
    @AutoClose
    private static final PagesSite site = PagesSite.start();

    @Test
    void statesHonestlyThatTheSiteIsNotAuditedWithEverySectionOfTheModelStatement() throws Exception {
        var response = site.get("/accessibilite");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<h1>Déclaration d’accessibilité</h1>")
                .contains("non audité")
                .contains("État de conformité")
                .contains("Résultats des tests")
                .contains("Contenus non accessibles")
                .contains("tableau de données équivalent")
                .contains("Technologies utilisées")
                .contains("<li>WAI-ARIA</li>")
                .contains("Environnement de test")
                .contains("axe-core " + AccessibilityRoutes.AXE_CORE_VERSION)
                .contains("href=\"mailto:contact@vigie.example\"")
                .contains("Voies de recours")
                .contains("Défenseur des droits")
                .doesNotContain("??");
    }

    @Test
    void namesTheAxeCoreVersionOfTheFrontEndPackages() throws Exception {
        assertThat(Files.readString(Path.of("frontend/package.json")))
                .contains("\"axe-core\": \"" + AccessibilityRoutes.AXE_CORE_VERSION + "\"");
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        assertThat(site.get("/accessibilite?lang=en").body())
                .contains("<html lang=\"en\"")
                .contains("<h1>Accessibility statement</h1>")
                .contains("not audited")
                .contains("Means of redress")
                .doesNotContain("??");
    }
}
