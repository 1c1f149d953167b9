package fr.vigie.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.CompositeWeights;
import fr.vigie.ranking.EditionPublisher;
import fr.vigie.ranking.UncertaintyFixture;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import fr.vigie.territory.location.Location;
import fr.vigie.territory.location.Locations;
import fr.vigie.web.RouteClient;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ApiRoutesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RAW = "/api/v1/palmares?period=2026-10&category=grandes-villes&view=raw&kpi=audience";

    @AutoClose
    private static RouteClient site;

    private static ApiRoutes api;

    @BeforeAll
    static void publishAndServe() {
        Store store = Store.inMemory();
        KpiFixtures.execute(store, UncertaintyFixture.SQL);
        KpiFixtures.execute(store, "UPDATE territory SET name = '=HYPERLINK(\"http://evil\")' WHERE code = 'G2'");
        new Locations(store).replace(List.of(new Location("G1", 44.0925, 6.2356, "test centroids")));
        var clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
        new EditionPublisher(store, new KpiService(store), CompositeWeights.builtIn(), clock)
                .publish(Period.parse("2026-10"), 50, 7, line -> {});
        site = RouteClient.features(store, context -> List.of(api = new ApiRoutes(context), new DataRoutes(context)));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    @Test
    void answersPingEditionsAndCategories() throws Exception {
        assertThat(json(site.get("/api/v1/ping")).get("ok").asBoolean()).isTrue();
        var editions = site.get("/api/v1/editions");
        assertThat(editions.statusCode()).isEqualTo(200);
        JsonNode first = json(editions).get("editions").get(0);
        assertThat(first.get("period").asText()).isEqualTo("2026-10");
        assertThat(first.get("methodology_version").asText()).isNotBlank();
        assertThat(first.get("published_at").asText()).isEqualTo("2026-11-02T08:00:00Z");
        assertThat(first.has("simulated")).isTrue();
        assertThat(editions.headers().firstValue("ETag"))
                .hasValueSatisfying(tag -> assertThat(tag).startsWith("\"").endsWith("\""));
        assertThat(json(site.get("/api/v1/categories"))
                        .get("categories")
                        .get(0)
                        .get("slug")
                        .asText())
                .isEqualTo("grandes-villes");
    }

    @Test
    void pagesThroughAPalmaresWithLinksAndLinkHeaders() throws Exception {
        var first = site.get(RAW + "&per_page=2");
        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode page = json(first);
        assertThat(page.get("edition").asText()).isEqualTo("2026-10");
        assertThat(page.get("view").asText()).isEqualTo("raw");
        assertThat(page.get("kpi").asText()).isEqualTo("audience");
        assertThat(page.get("total").asLong()).isGreaterThan(2);
        assertThat(page.get("per_page").asInt()).isEqualTo(2);
        assertThat(page.get("territories")).hasSize(2);
        JsonNode place = page.get("territories").get(0);
        assertThat(place.get("rank").asInt()).isEqualTo(1);
        for (String field :
                List.of("tied", "code", "name", "population", "value", "rank_low", "rank_high", "simulated")) {
            assertThat(place.has(field)).as(field).isTrue();
        }
        assertThat(page.get("simulated").asBoolean() ? page.get("label").asText() : "SIMULATED DATA")
                .isEqualTo("SIMULATED DATA");
        assertThat(page.get("links").get("prev").isNull()).isTrue();
        String next = page.get("links").get("next").asText();
        assertThat(next).contains("page=2").contains("per_page=2");
        assertThat(first.headers().firstValue("Link")).hasValue("<" + next + ">; rel=\"next\"");
        JsonNode second = json(site.get(next));
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("links").get("prev").asText()).contains("page=1");
        assertThat(second.get("territories").get(0).get("code").asText())
                .isNotIn(
                        page.get("territories").get(0).get("code").asText(),
                        page.get("territories").get(1).get("code").asText());
    }

    @Test
    void defaultsToTheLatestEditionInTheCompositeView() throws Exception {
        JsonNode page = json(site.get("/api/v1/palmares"));
        assertThat(page.get("edition").asText()).isEqualTo("2026-10");
        assertThat(page.get("view").asText()).isEqualTo("composite");
        assertThat(page.get("per_page").asInt()).isEqualTo(50);
        assertThat(page.get("links").get("self").asText()).contains("category=grandes-villes");
    }

    @Test
    void answersNotModifiedWithoutTouchingTheStoreAndServesRepeatsFromMemory() throws Exception {
        var first = site.get(RAW + "&page=1&per_page=3");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        long reads = api.storeReads();
        var again = site.get(RAW + "&per_page=3", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        var repeat = site.get(RAW + "&per_page=3");
        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.headers().firstValue("ETag")).hasValue(etag);
        assertThat(api.storeReads()).isEqualTo(reads);
        assertThat(site.get(RAW + "&per_page=4").headers().firstValue("ETag"))
                .isNotEqualTo(java.util.Optional.of(etag));
        var editions = site.get("/api/v1/editions");
        assertThat(site.get(
                                "/api/v1/editions",
                                "If-None-Match",
                                editions.headers().firstValue("ETag").orElseThrow())
                        .statusCode())
                .isEqualTo(304);
    }

    @Test
    void refusesBadParametersWithJsonSayingWhy() throws Exception {
        for (String query : List.of(
                "view=best",
                "per_page=501",
                "page=0",
                "page=two",
                "period=1999",
                "category=nowhere",
                "view=raw&kpi=nope")) {
            var response = site.get("/api/v1/palmares?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(json(response).get("error").asText()).as(query).isNotBlank();
        }
        assertThat(json(site.get("/api/v1/palmares?view=best")).get("error").asText())
                .contains("unknown view");
        assertThat(site.get("/api/v1/search?q=").statusCode()).isEqualTo(400);
    }

    @Test
    void opensTheApiToEveryOriginForReadingOnly() throws Exception {
        var api = site.get("/api/v1/ping", "Origin", "https://example.org");
        assertThat(api.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
        assertThat(api.headers().firstValue("Access-Control-Expose-Headers"))
                .hasValueSatisfying(v -> assertThat(v).contains("ETag").contains("Link"));
        var page = site.get("/donnees", "Origin", "https://example.org");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        var preflight = site.send(
                "OPTIONS", "/api/v1/palmares", "Origin", "https://example.org", "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("GET, HEAD");
        var write = site.send(
                "OPTIONS",
                "/api/v1/palmares",
                "Origin",
                "https://example.org",
                "Access-Control-Request-Method",
                "DELETE");
        assertThat(write.statusCode()).isEqualTo(405);
        assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void downloadsAPalmaresAsSpreadsheetSafeCsv() throws Exception {
        var csv = site.get(RAW.replace("/palmares?", "/palmares.csv?"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("attachment; filename=\"vigie-palmares-2026-10"));
        assertThat(csv.body())
                .startsWith("\uFEFFrank,tied,code,name,population,value,rank_low,rank_high,simulated,label");
        assertThat(csv.body())
                .contains("'=HYPERLINK")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(csv.body().lines().count())
                .isEqualTo(1 + json(site.get(RAW)).get("total").asLong());
    }

    @Test
    void quotesEveryCellThatCouldStartAFormula() {
        List<String> cells = new ArrayList<>();
        for (String text : List.of("=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx", "Digne", "")) {
            cells.add(CsvDownload.safe(text));
        }
        assertThat(cells).containsExactly("'=1+1", "'+33", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "Digne", "");
        assertThat(CsvDownload.safe(null)).isEmpty();
        assertThat(CsvDownload.safe(-1.5)).isEqualTo("'-1.5");
    }

    @Test
    void describesATerritoryWithItsIndicatorsAndDownloadsThem() throws Exception {
        var territory = site.get("/api/v1/territories/G1");
        assertThat(territory.statusCode()).isEqualTo(200);
        JsonNode card = json(territory);
        assertThat(card.get("territory").get("name").asText()).isEqualTo("Gamma");
        assertThat(card.get("period").asText()).isEqualTo("2026-10");
        assertThat(card.get("kpis")).isNotEmpty();
        assertThat(card.get("kpis").get(0).has("value")).isTrue();
        assertThat(card.get("accounts").get(0).get("network").asText()).isEqualTo("instagram");
        assertThat(card.get("location").get("latitude").asDouble()).isEqualTo(44.0925);
        assertThat(card.get("location").get("longitude").asDouble()).isEqualTo(6.2356);
        assertThat(card.get("location").get("source").asText()).isEqualTo("test centroids");
        assertThat(json(site.get("/api/v1/territories/G2")).get("location").isNull())
                .isTrue();
        var csv = site.get("/api/v1/territories/G1/kpis.csv");
        assertThat(csv.body()).startsWith("\uFEFFcode,name,period,kpi,network,value");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("attachment"));
        var unknown = site.get("/api/v1/territories/NOWHERE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("status").asInt()).isEqualTo(404);
        assertThat(json(site.get("/api/v1/search?q=G1")).get("territories")).isNotNull();
    }

    @Test
    void documentsEveryRouteInOpenApi() throws Exception {
        var response = site.get("/api/v1/openapi.json");
        JsonNode document = json(response);
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(api.paths())
                .hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(path ->
                        assertThat(document.get("paths").has(path)).as(path).isTrue());
        document.get("paths")
                .fieldNames()
                .forEachRemaining(path -> assertThat(api.paths()).contains(path));
    }

    @Test
    void presentsTheOpenDataPageInBothLanguages() throws Exception {
        var french = site.get("/donnees");
        assertThat(french.body())
                .contains("Données ouvertes")
                .contains("href=\"/api/v1/openapi.json\"")
                .contains("/api/v1/palmares.csv")
                .doesNotContain("??");
        assertThat(site.get("/donnees?lang=en").body()).contains("Open data and API");
    }
}
