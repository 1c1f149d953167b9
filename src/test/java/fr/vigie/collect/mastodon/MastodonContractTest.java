package fr.vigie.collect.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Connector;
import fr.vigie.collect.ConnectorContract;
import fr.vigie.collect.HttpGetter;

class MastodonContractTest extends ConnectorContract {
    @Override
    protected Connector connector(String baseUrl, HttpGetter http) {
        return new MastodonConnector(instance -> baseUrl, http);
    }

    @Override
    protected CollectTarget target() {
        return new CollectTarget("mastodon:@marseille@social.marseille.fr", "marseille@social.marseille.fr", null);
    }

    @Override
    protected void stubWholeAccount() {
        MastodonStubs.wholeAccount(platform);
    }

    @Override
    protected String knownPostId() {
        return "113400000000000123";
    }

    @Override
    protected void stubUnknownAccount() {
        platform.stubFor(get(urlPathEqualTo("/api/v1/accounts/lookup"))
                .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"Record not found\"}")));
    }
}
