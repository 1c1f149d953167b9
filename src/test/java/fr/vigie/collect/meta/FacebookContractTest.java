package fr.vigie.collect.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Connector;
import fr.vigie.collect.ConnectorContract;
import fr.vigie.collect.HttpGetter;

class FacebookContractTest extends ConnectorContract {
    @Override
    protected Connector connector(String baseUrl, HttpGetter http) {
        return new FacebookConnector(baseUrl, GraphStubs.TOKEN, http, clock.sleeps::add);
    }

    @Override
    protected CollectTarget target() {
        return new CollectTarget("facebook:@villedemarseille", "villedemarseille", null);
    }

    @Override
    protected void stubWholeAccount() {
        GraphStubs.facebookPage(platform, "villedemarseille");
    }

    @Override
    protected String knownPostId() {
        return GraphStubs.PHOTO_POST;
    }

    @Override
    protected void stubUnknownAccount() {
        platform.stubFor(get(urlPathEqualTo("/villedemarseille"))
                .willReturn(GraphStubs.error(
                        404, 803, 0, "(#803) Some of the aliases you requested do not exist: villedemarseille")));
    }
}
