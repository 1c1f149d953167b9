package fr.vigie.collect.meta;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.CollectTarget;
import fr.vigie.collect.Collected;
import fr.vigie.collect.HttpGetter;
import fr.vigie.collect.RawResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Against the real Graph API, only when VIGIE_META_ACCESS_TOKEN is set (and, for Instagram,
 * VIGIE_INSTAGRAM_BUSINESS_ID); excluded by default (group {@code live}), never run in CI. The page
 * and username default to Meta's own and can be set with VIGIE_META_LIVE_PAGE / VIGIE_META_LIVE_IG.
 */
@Tag("live")
class MetaLiveTest {
    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    @Test
    void readsARealPageAndItsRecentPosts() {
        Assumptions.assumeTrue(System.getenv("VIGIE_META_ACCESS_TOKEN") != null);
        var connector = FacebookConnector.fromEnvironment(System.getenv(), HttpGetter.system());
        var target = new CollectTarget("facebook:live", env("VIGIE_META_LIVE_PAGE", "meta"), null);
        List<RawResponse> archived = new ArrayList<>();
        var since = java.time.Instant.now().minus(Duration.ofDays(14));

        connector.fetch(target, since, archived::add);
        Collected collected =
                connector.map(target, archived, since, archived.getFirst().fetchedAt());

        assertThat(collected.snapshot().platformId()).isNotBlank();
        assertThat(archived)
                .allSatisfy(r -> assertThat(r.text()).doesNotContain(System.getenv("VIGIE_META_ACCESS_TOKEN")));
    }

    @Test
    void discoversARealInstagramProfessionalAccount() {
        Assumptions.assumeTrue(System.getenv("VIGIE_META_ACCESS_TOKEN") != null
                && System.getenv("VIGIE_INSTAGRAM_BUSINESS_ID") != null);
        var connector = InstagramConnector.fromEnvironment(System.getenv(), HttpGetter.system());
        var target = new CollectTarget("instagram:live", env("VIGIE_META_LIVE_IG", "bluebottle"), null);
        List<RawResponse> archived = new ArrayList<>();
        var since = java.time.Instant.now().minus(Duration.ofDays(14));

        connector.fetch(target, since, archived::add);
        Collected collected =
                connector.map(target, archived, since, archived.getFirst().fetchedAt());

        assertThat(collected.snapshot().followers()).isNotNull();
    }
}
