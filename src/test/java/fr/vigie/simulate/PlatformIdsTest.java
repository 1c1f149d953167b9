package fr.vigie.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.account.Network;
import java.time.Instant;
import java.util.HashSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PlatformIdsTest {
    @Test
    void timeBasedIdsOfPostsPublishedInTheSameMinuteStayDistinct() {
        // At France scale two X accounts posting in the same minute once drew the same snowflake.
        var random = new SplittableRandom(7);
        Instant minute = Instant.parse("2026-08-05T07:27:00Z");
        for (Network network : new Network[] {Network.X, Network.MASTODON, Network.LINKEDIN}) {
            var ids = new HashSet<String>();
            for (int i = 0; i < 5_000; i++) {
                ids.add(PlatformIds.item(network, "author" + i, minute, random));
            }
            assertThat(ids).as(network.id()).hasSize(5_000);
        }
    }
}
