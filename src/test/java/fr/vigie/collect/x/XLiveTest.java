package fr.vigie.collect.x;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Against the real X API, only when VIGIE_X_BEARER_TOKEN is set; excluded by default (group live). */
@Tag("live")
class XLiveTest {
    @Test
    void collectsThePublicProfileAndRecentPostsOfXDevelopers() {
        String token = System.getenv(XConnector.TOKEN_SETTING);
        Assumptions.assumeTrue(token != null && !token.isBlank(), "needs " + XConnector.TOKEN_SETTING);
        var connector = new XConnector(XConnector.DEFAULT_URL, token, false, HttpGetter.system());
        var target = new CollectTarget("x:@xdevelopers", "xdevelopers", null);
        Instant since = Instant.now().minus(Duration.ofDays(3));
        List<RawResponse> answers = new ArrayList<>();

        connector.fetch(target, since, answers::add);
        Collected collected = connector.map(target, answers, since, Instant.now());

        assertThat(collected.snapshot().platformId()).isEqualTo("2244994945");
        assertThat(collected.snapshot().handle()).isEqualTo("xdevelopers");
        assertThat(collected.snapshot().followers()).isPositive();
        assertThat(answers).allSatisfy(a -> assertThat(a.endpoint()).doesNotContain(token));
    }
}
