package fr.vigie.ingest;

import static fr.vigie.store.StoreInspection.strings;
import static fr.vigie.store.StoreInspection.tablesContaining;
import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CitizenPrivacyTest {
    private static final String CITIZEN = "998877123";
    private static final String NAME = "Jeanne Dupont";

    @Test
    void aCitizenIdOrNameNeverLandsInAnyTableNotEvenTheQuarantine(@TempDir Path dir) throws Exception {
        Path comments = Files.writeString(
                dir.resolve("comments.ndjson"),
                String.join(
                        "\n",
                        "{\"network\":\"facebook\",\"comment_id\":\"c1\",\"post_id\":\"p1\",\"author_id\":\"" + CITIZEN
                                + "\",\"author_name\":\"" + NAME + "\",\"from_account\":false,"
                                + "\"published_at\":\"2026-10-03T09:00:00+0000\",\"text\":\"À quelle heure ?\",\"likes\":2}",
                        "{\"network\":\"facebook\",\"comment_id\":\"c1\",\"post_id\":\"p1\",\"author_id\":" + CITIZEN
                                + ",\"published_at\":\"2026-10-03T09:00:00Z\"}",
                        "{\"network\":\"facebook\",\"comment_id\":\"c2\",\"post_id\":\"p1\",\"author_id\":\"" + CITIZEN
                                + "\",\"author_name\":\"" + NAME + "\",\"published_at\":\"hier\"}",
                        "{\"network\":\"facebook\",\"comment_id\":\"c3\",\"post_id\":\"p1\",\"author_id\":\"" + CITIZEN
                                + "\",\"author\":\"" + NAME + "\",\"likes\":"));
        Path citizenPosts = Files.writeString(
                dir.resolve("citizen_posts.ndjson"),
                "{\"network\":\"instagram\",\"post_id\":\"18012\",\"territory_code\":\"13055\",\"author_id\":\""
                        + CITIZEN
                        + "\",\"published_at\":1791014400,\"type\":\"photo\",\"text\":\"Coucher de soleil #marseille\","
                        + "\"likes\":-4}\n");
        try (Store store = Store.inMemory()) {
            var importer = new Importer(store, () -> new Pseudonymiser(new byte[32]), false);
            var summary = importer.importFile(ImportEntity.COMMENTS, comments);
            importer.importFile(ImportEntity.CITIZEN_POSTS, citizenPosts);

            assertThat(summary.inserted()).isEqualTo(1);
            assertThat(summary.quarantined()).isEqualTo(3);
            assertThat(strings(store, "SELECT author_pseudonym FROM comment"))
                    .singleElement()
                    .asString()
                    .matches("c_[a-z2-7]{16}");
            // the truncated line cannot be parsed, hence not cleaned: it is withheld entirely
            assertThat(strings(store, "SELECT count(*)::VARCHAR FROM quarantine WHERE raw IS NOT NULL"))
                    .containsExactly("3");
            assertThat(strings(store, "SELECT count(*)::VARCHAR FROM quarantine WHERE raw IS NULL"))
                    .containsExactly("1");
            assertThat(tablesContaining(store, CITIZEN)).isEmpty();
            assertThat(tablesContaining(store, NAME)).isEmpty();
        }
    }
}
