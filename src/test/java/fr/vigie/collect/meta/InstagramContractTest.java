package fr.vigie.collect.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Connector;
import fr.vigie.collect.ConnectorContract;
import fr.vigie.collect.HttpGetter;

class InstagramContractTest extends ConnectorContract {
    @Override
    protected Connector connector(String baseUrl, HttpGetter http) {
        return new InstagramConnector(baseUrl, GraphStubs.TOKEN, GraphStubs.BUSINESS_ID, http, clock.sleeps::add);
    }

    @Override
    protected CollectTarget target() {
        return new CollectTarget("instagram:@marseille", "marseille", null);
    }

    @Override
    protected void stubWholeAccount() {
        GraphStubs.instagramAccount(platform);
    }

    @Override
    protected String knownPostId() {
        return GraphStubs.REEL;
    }

    @Override
    protected void stubUnknownAccount() {
        platform.stubFor(get(urlPathEqualTo("/" + GraphStubs.BUSINESS_ID))
                .willReturn(GraphStubs.error(400, 110, 2207013, "Invalid user id")));
    }
}
