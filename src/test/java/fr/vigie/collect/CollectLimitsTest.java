package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CollectLimitsTest {
    @Test
    void readsConcurrencyAndBudgetPerNetworkWithDefaults() {
        var limits = CollectLimits.fromEnvironment(
                Map.of("VIGIE_BLUESKY_MAX_REQUESTS", "500", "VIGIE_MASTODON_CONCURRENCY", "2"));

        assertThat(limits.maxRequests("bluesky")).isEqualTo(500L);
        assertThat(limits.maxRequests("mastodon")).isNull();
        assertThat(limits.concurrency("mastodon")).isEqualTo(2);
        assertThat(limits.concurrency("bluesky")).isEqualTo(CollectLimits.DEFAULT_CONCURRENCY);
    }

    @Test
    void namesTheSettingOfAnUnreadableValue() {
        var limits = CollectLimits.fromEnvironment(Map.of("VIGIE_YOUTUBE_MAX_REQUESTS", "lots"));

        assertThatThrownBy(() -> limits.maxRequests("youtube"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("VIGIE_YOUTUBE_MAX_REQUESTS is 'lots'");
    }

    @Test
    void keepsNoOtherSettingSoThatSecretsNeverPrint() {
        var limits = CollectLimits.fromEnvironment(Map.of("VIGIE_X_BEARER_TOKEN", "t0ken", "VIGIE_X_CONCURRENCY", "3"));

        assertThat(limits.toString()).doesNotContain("t0ken");
        assertThat(limits.settings()).containsOnlyKeys("VIGIE_X_CONCURRENCY");
    }

    @Test
    void aBudgetRefusesTheRequestAfterItsLast() {
        var budget = new RequestBudget("mastodon", 1L);
        budget.spend();

        assertThatThrownBy(budget::spend).hasMessageContaining("request budget of 1 reached for mastodon");
        assertThat(budget.spent()).isEqualTo(1);
    }
}
