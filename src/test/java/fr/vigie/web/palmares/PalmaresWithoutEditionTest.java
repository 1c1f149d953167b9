package fr.vigie.web.palmares;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class PalmaresWithoutEditionTest {
    @Test
    void tellsToRunVigiePublishOnThePalmaresAndTheHome() throws Exception {
        try (Store store = Store.inMemory();
                WebContext context = WebContext.over(store);
                WebServer server = WebServer.start(context, "127.0.0.1", 0)) {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + server.port();
            String palmares = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/palmares"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String home = http.send(
                            HttpRequest.newBuilder(URI.create(base + "/")).build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            var csv = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/palmares.csv")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(palmares).contains("vigie publish --period AAAA-MM").doesNotContain("<table");
            assertThat(home).contains("Bienvenue").contains("vigie publish").contains("href=\"/palmares\"");
            assertThat(csv.statusCode()).isEqualTo(400);
        }
    }
}
