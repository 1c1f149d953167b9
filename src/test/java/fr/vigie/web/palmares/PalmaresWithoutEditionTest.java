package fr.vigie.web.palmares;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.web.RouteClient;
import org.junit.jupiter.api.Test;

class PalmaresWithoutEditionTest {
    @Test
    void tellsToRunVigiePublishOnThePalmaresAndTheHome() throws Exception {
        try (RouteClient site = RouteClient.site(Store.inMemory())) {
            String palmares = site.get("/palmares").body();
            String home = site.get("/").body();
            var csv = site.get("/palmares.csv");

            assertThat(palmares).contains("vigie publish --period AAAA-MM").doesNotContain("<table");
            assertThat(home).contains("Bienvenue").contains("vigie publish").contains("href=\"/palmares\"");
            assertThat(csv.statusCode()).isEqualTo(400);
        }
    }
}
