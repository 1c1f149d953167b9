package fr.vigie.cli;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import fr.vigie.collect.bluesky.BlueskyConnector;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsDiscoverCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsCandidatesWithEvidenceAndTheCommandToAcceptThem() {
        var appView = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        appView.start();
        try {
            appView.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.searchActors"))
                    .willReturn(okJson("{\"actors\": [{\"did\": \"did:plc:ville\", \"handle\": \"marseille.fr\","
                            + " \"displayName\": \"Ville de Marseille\"}]}")));
            var terminal = new Terminal();
            int code = terminal.run(
                    Map.of(BlueskyConnector.URL_SETTING, appView.baseUrl()),
                    "--home",
                    dir.toString(),
                    "accounts",
                    "discover",
                    "13055",
                    "--website",
                    "marseille.fr");

            assertThat(code).isEqualTo(ExitCodes.OK);
            assertThat(terminal.out())
                    .contains("Candidates for Marseille (13055):")
                    .contains("8  bluesky   marseille.fr")
                    .contains("evidence: website marseille.fr verified by the platform; name in the handle")
                    .contains("accept:   vigie accounts add --territory 13055 --network bluesky --handle marseille.fr")
                    .contains("mastodon not searched: set VIGIE_MASTODON_SEARCH_INSTANCES");
        } finally {
            appView.stop();
        }
    }
}
