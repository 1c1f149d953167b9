package fr.vigie.collect.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Connector;
import fr.vigie.collect.ConnectorContract;
import fr.vigie.collect.HttpGetter;

class BlueskyContractTest extends ConnectorContract {
    @Override
    protected Connector connector(String baseUrl, HttpGetter http) {
        return new BlueskyConnector(baseUrl, http);
    }

    @Override
    protected CollectTarget target() {
        return new CollectTarget("bluesky:@marseille.fr", "marseille.fr", null);
    }

    @Override
    protected void stubWholeAccount() {
        BlueskyStubs.wholeAccount(platform);
    }

    @Override
    protected String knownPostId() {
        return BlueskyStubs.FETE;
    }

    @Override
    protected void stubUnknownAccount() {
        platform.stubFor(get(urlPathEqualTo("/xrpc/app.bsky.actor.getProfile"))
                .willReturn(BlueskyStubs.error(400, "InvalidRequest", "Profile not found")));
    }
}
