package fr.vigie.collect.x;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.collect.CollectRequest;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.HttpGetter;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.Store;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XSettingsTest {
    private final HttpGetter http = HttpGetter.system();

    @Test
    void missesTheBearerTokenWhenItIsAbsentOrBlank() {
        assertThat(XConnector.fromEnvironment(Map.of(), http).missingSetting()).isEqualTo("VIGIE_X_BEARER_TOKEN");
        assertThat(XConnector.fromEnvironment(Map.of("VIGIE_X_BEARER_TOKEN", "  "), http)
                        .missingSetting())
                .isEqualTo("VIGIE_X_BEARER_TOKEN");
        assertThat(XConnector.fromEnvironment(Map.of("VIGIE_X_BEARER_TOKEN", "t"), http)
                        .missingSetting())
                .isNull();
    }

    @Test
    void refusesAnUnknownSearchModeNamingTheSettingAndAcceptsRecentAndOff() {
        assertThatThrownBy(() -> XConnector.fromEnvironment(Map.of("VIGIE_X_SEARCH", "all"), http))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("VIGIE_X_SEARCH")
                .hasMessageContaining("recent");
        assertThat(XConnector.fromEnvironment(Map.of("VIGIE_X_SEARCH", "recent"), http))
                .isNotNull();
        assertThat(XConnector.fromEnvironment(Map.of("VIGIE_X_SEARCH", "off"), http))
                .isNotNull();
    }

    @Test
    void aRunOverEveryNetworkSkipsXWithoutItsToken() {
        try (Store store = Store.inMemory()) {
            var service = new CollectService(
                    store,
                    List.of(XConnector.fromEnvironment(Map.of(), http)),
                    () -> new Pseudonymiser(new byte[32]),
                    Clock.systemUTC());

            var report = service.collect(new CollectRequest(List.of(), null, null, false), outcome -> {});

            assertThat(report.skippedNetworks()).containsExactly(Map.entry("x", "VIGIE_X_BEARER_TOKEN"));
        }
    }
}
