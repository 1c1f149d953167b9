package fr.vigie.web.palmares;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.web.RouteClient;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class PalmaresRoutesTest {
    @AutoClose
    private static final RouteClient site = RouteClient.site(PalmaresWebFixture.store());

    @Test
    void showsTheLatestCompositePalmaresWithCaptionIntervalsMovementAndSimulatedNotice() throws Exception {
        var page = site.get("/palmares");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<caption>Grandes villes · score composite · tous réseaux · édition 2026-10, méthodologie 1.1"
                        + " · DONNÉES SIMULÉES (SIMULATED DATA)</caption>")
                .contains("fr-notice--warning")
                .contains("les rangs dont les intervalles se recouvrent ne sont pas distinguables")
                .contains("<option value=\"2026-09\">2026-09</option>")
                .contains("<option value=\"REG-93\">Provence-Alpes-Côte d’Azur</option>")
                .contains("<a href=\"/territoires/G2\">Beta</a>")
                .contains("<td>2–8</td>")
                .contains("<span aria-hidden=\"true\">=</span><span class=\"fr-sr-only\">stable</span>")
                .contains("<span aria-hidden=\"true\">▼ 7</span><span class=\"fr-sr-only\">perd 7 place(s)</span>")
                .contains("<td>nouveau</td>")
                .contains("<td>86,64</td>")
                .contains("tabindex=\"0\"")
                .doesNotContain("??");
    }

    @Test
    void paginatesByFiftyAndMarksTies() throws Exception {
        String first = site.get("/palmares?view=raw&kpi=engagement-rate").body();
        String second =
                site.get("/palmares?view=raw&kpi=engagement-rate&page=2").body();

        assertThat(first)
                .contains("aria-current=\"page\" title=\"Page 1\">1</a>")
                .contains("href=\"/palmares?period=2026-10&amp;category=grandes-villes&amp;view=raw"
                        + "&amp;kpi=engagement-rate&amp;network=all&amp;page=2\"")
                .contains("Taux d’engagement (%) (brute)");
        assertThat(first.split("<tr>", -1)).hasSize(1 + 1 + 50);
        assertThat(second)
                .contains("aria-current=\"page\" title=\"Page 2\">2</a>")
                .contains("<td>=48</td>");
        assertThat(site.get("/palmares?page=3").statusCode()).isEqualTo(400);
    }

    @Test
    void filtersByDepartementRegionPeriodAndNetwork() throws Exception {
        String bouches = site.get("/palmares?departement=13").body();
        assertThat(bouches).contains("zone DEP-13").contains("Beta").doesNotContain("Ville 04");
        assertThat(site.get("/palmares?region=REG-93").body())
                .contains("Ville 04")
                .contains("zone REG-93");
        String september = site.get("/palmares?period=2026-09&view=raw&kpi=engagement-rate")
                .body();
        assertThat(september)
                .contains("édition 2026-09")
                .doesNotContain("nouveau")
                .doesNotContain("fr-sr-only\">perd");
        assertThat(site.get("/palmares?network=instagram&view=raw&kpi=audience").body())
                .contains("Instagram");
        assertThat(site.get("/palmares?departement=%3Cb%3E").statusCode()).isEqualTo(400);
        assertThat(site.get("/palmares?view=best").statusCode()).isEqualTo(400);
    }

    @Test
    void refusesAnUnknownFilterInTheVisitorsLanguage() throws Exception {
        assertThat(site.get("/palmares?page=3").body())
                .contains("La page « 3 » n’existe pas : choisissez une page de 1 à 2.");
        assertThat(site.get("/palmares?page=zero").body()).contains("La page « zero » n’existe pas");
        assertThat(site.get("/palmares?period=2031-01").body())
                .contains("Aucun palmarès n’est publié pour « 2031-01 » : palmarès publiés : 2026-10, 2026-09.");
        assertThat(site.get("/palmares?category=villages").body()).contains("La catégorie « villages » n’existe pas");
        assertThat(site.get("/palmares?view=raw&kpi=likes").body()).contains("L’indicateur « likes » n’existe pas");
        assertThat(site.get("/palmares?departement=xx").body()).contains("« xx » n’est pas un code de département");
        assertThat(site.get("/palmares?view=best&lang=en").body()).contains("There is no view “best”");
        assertThat(site.get("/palmares.csv?category=villages").body())
                .contains("La catégorie « villages » n’existe pas");
    }

    @Test
    void escapesATerritoryNameHoldingAScript() throws Exception {
        String body = site.get("/palmares?view=raw&kpi=engagement-rate").body()
                + site.get("/palmares?view=raw&kpi=engagement-rate&page=2").body();

        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;ville").doesNotContain("<script>alert");
    }

    @Test
    void downloadsEveryRowAsCsvNeutralisingFormulas() throws Exception {
        var csv = site.get("/palmares.csv?view=composite");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment"));
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0])
                .isEqualTo("rank,tied,territory_code,name,population,value,rank_low,rank_high,simulated,label,"
                        + "period,methodology_version,category,view,kpi,network");
        assertThat(lines).hasSize(1 + 59);
        assertThat(csv.body())
                .contains(",H2,'=cmd|' /C calc'!A0,100002,")
                .contains(",true,SIMULATED DATA,2026-10,1.1,grandes-villes,composite,composite,all")
                .doesNotContain(",=cmd");
    }

    @Test
    void speaksEnglish() throws Exception {
        String body = site.get("/palmares?lang=en").body();

        assertThat(body)
                .contains("<h1>Rankings</h1>")
                .contains("Grandes villes · composite score · all networks · edition 2026-10, methodology 1.1")
                .contains("<td>86.64</td>")
                .contains("<td>100,000</td>")
                .contains("ranks whose intervals overlap cannot be told apart")
                .doesNotContain("??");
    }

    @Test
    void homeShowsTheTopThreeOfEachCategoryOfTheLatestEdition() throws Exception {
        String body = site.get("/").body();

        assertThat(body)
                .contains("Palmarès de l’édition 2026-10")
                .contains("Méthodologie 1.1, publiée le 2 novembre 2026.")
                .contains("DONNÉES SIMULÉES")
                .contains("<h3 class=\"fr-h5\">Grandes villes</h3>")
                .contains("<li><a href=\"/territoires/G2\">Beta</a> (86,6)</li>")
                .contains("href=\"/palmares?category=grandes-villes\"")
                .contains("href=\"/carte\"")
                .contains("href=\"/methodologie\"")
                .doesNotContain("??");
        assertThat(body.split("<li><a href=\"/territoires/", -1)).hasSize(4);
    }
}
