package fr.vigie.collect;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemapperTest {
    private static final String ACCOUNT = "bluesky:@marseille.fr";
    private static final String ANSWER = """
            {"id": "did:plc:marseille", "handle": "marseille.fr", "followers": 120,
             "posts": [{"id": "p1", "at": "2026-10-30T08:00:00Z", "likes": 3},
                       {"id": "p2", "at": "2026-10-31T08:00:00Z", "likes": 5}],
             "comments": [{"id": "c1", "post": "p1", "author": "did:plc:citizen", "own": false,
                           "at": "2026-10-30T09:00:00Z"}],
             "mentions": []}""";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private final ScriptedConnector platform = new ScriptedConnector(clock);
    private Store store;

    @BeforeEach
    void collectTwice() {
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "bluesky", null, "marseille.fr");
        var service = new CollectService(store, List.of(platform), () -> new Pseudonymiser(new byte[32]), clock);
        platform.then(ANSWER).then("{ not json");
        service.collect("bluesky", null, null, outcome -> {});
        clock.now = clock.now.plus(Duration.ofHours(1));
        service.collect("bluesky", null, null, outcome -> {});
        platform.then(ANSWER.replace("\"likes\": 5", "\"likes\": 8"));
        clock.now = clock.now.plus(Duration.ofHours(1));
        service.collect("bluesky", null, null, outcome -> {});
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> facts() {
        return StoreInspection.strings(
                store,
                "SELECT 'post ' || post_id || ' ' || published_at FROM post UNION ALL"
                        + " SELECT 'metric ' || post_id || ' ' || observed_at || ' ' || likes FROM post_metric UNION ALL"
                        + " SELECT 'snapshot ' || observed_at || ' ' || followers FROM account_snapshot UNION ALL"
                        + " SELECT 'comment ' || comment_id || ' ' || author_pseudonym FROM comment ORDER BY 1");
    }

    private Remapper remapper() {
        return new Remapper(store, List.of(platform), () -> new Pseudonymiser(new byte[32]));
    }

    @Test
    void rebuildsExactlyTheRowsCollectionWroteWithoutAnyRequest() {
        List<String> collected = facts();
        StoreInspection.update(store, "DELETE FROM post_metric WHERE likes = 8");
        StoreInspection.update(store, "UPDATE post SET published_at = TIMESTAMP '2000-01-01' WHERE post_id = 'p1'");
        platform.script.clear();

        var report = remapper().remap(null, null, r -> {});

        assertThat(facts()).isEqualTo(collected);
        assertThat(report).containsExactly(new Remapper.AccountRemap(ACCOUNT, 3, 1, 2, 1));
        assertThat(platform.sinceAsked).hasSize(3);
    }

    @Test
    void remappingTwiceChangesNothing() {
        remapper().remap("bluesky", ACCOUNT, r -> {});
        List<String> once = facts();

        remapper().remap("bluesky", ACCOUNT, r -> {});

        assertThat(facts()).isEqualTo(once).hasSize(2 + 4 + 2 + 1);
    }
}
