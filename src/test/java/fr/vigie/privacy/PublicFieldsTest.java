package fr.vigie.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PublicFieldsTest {
    private static final Set<String> PUBLIC = Set.of("post_id", "text", "likes", "hashtags");

    @Test
    void keepsOnlyThePublicFieldsOfACitizensLine() {
        assertThat(PublicFields.keepOnly(
                        "{\"post_id\":\"p1\",\"author_id\":\"998877\",\"author_name\":\"Jeanne D.\",\"likes\":-1}",
                        PUBLIC))
                .isEqualTo("{\"post_id\":\"p1\",\"likes\":-1}");
    }

    @Test
    void dropsIdentitiesHiddenInNestedObjectsAndOtherlyNamedFields() {
        String line = "{\"post_id\":\"p1\",\"author\":{\"id\":\"1\",\"profile\":{\"name\":\"Jean Dupont\"}},"
                + "\"from\":{\"name\":\"Jean Dupont\",\"id\":\"42\"},\"in_reply_to_author_id\":\"998877\","
                + "\"text\":{\"name\":\"Jean Dupont\"},\"hashtags\":[\"marseille\"]}";
        String kept = PublicFields.keepOnly(line, PUBLIC);
        assertThat(kept).isEqualTo("{\"post_id\":\"p1\",\"hashtags\":[\"marseille\"]}");
        assertThat(kept).doesNotContain("Dupont", "998877", "42");
    }

    @Test
    void withholdsALineThatIsNotOneJsonObject() {
        assertThat(PublicFields.keepOnly("{\"post_id\":\"p1\",\"author_id\":\"9988", PUBLIC))
                .isNull();
        assertThat(PublicFields.keepOnly("[\"998877\"]", PUBLIC)).isNull();
    }
}
