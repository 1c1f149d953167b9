package fr.vigie.ingest.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.format.RowRejected;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ExportValuesTest {
    @Test
    void readsCountsWithThousandsSeparatorsAndBlanksAsUnknown() {
        assertThat(ExportValues.count("1,234", "likes")).isEqualTo(1234L);
        assertThat(ExportValues.count("1 234 567", "likes")).isEqualTo(1_234_567L);
        assertThat(ExportValues.count("1\u202F234", "likes")).isEqualTo(1234L);
        assertThat(ExportValues.count("87", "likes")).isEqualTo(87L);
        assertThat(ExportValues.count("", "likes")).isNull();
        assertThat(ExportValues.count(null, "likes")).isNull();
    }

    @Test
    void refusesDecimalsAndBadGroupsRatherThanGuessing() {
        assertThatThrownBy(() -> ExportValues.count("1,5", "likes"))
                .isInstanceOf(RowRejected.class)
                .hasMessageContaining("not a count: '1,5'");
        assertThatThrownBy(() -> ExportValues.count("12.5", "views")).hasMessageContaining("not an integer count");
        assertThatThrownBy(() -> ExportValues.count("-3", "views")).hasMessageContaining("negative count");
    }

    @Test
    void readsCrowdTangleTimesByTheirZoneAbbreviation() {
        assertThat(ExportValues.withAbbreviation("2021-03-04 10:00:00 CET", "post created"))
                .isEqualTo(Instant.parse("2021-03-04T09:00:00Z"));
        assertThat(ExportValues.withAbbreviation("2021-07-04 10:00:00 CEST", "post created"))
                .isEqualTo(Instant.parse("2021-07-04T08:00:00Z"));
        assertThat(ExportValues.withAbbreviation("2021-03-04 10:00:00 EST", "post created"))
                .isEqualTo(Instant.parse("2021-03-04T15:00:00Z"));
        assertThatThrownBy(() -> ExportValues.withAbbreviation("2021-03-04 10:00:00", "post created"))
                .hasMessageContaining("no known time zone");
    }

    @Test
    void readsMetaTimesMonthFirstInTheGivenZone() {
        assertThat(ExportValues.monthFirst("09/20/2026 14:05", ExportSettings.PARIS, "publish time"))
                .isEqualTo(Instant.parse("2026-09-20T12:05:00Z"));
        assertThat(ExportValues.monthFirst("1/5/2026 9:00", ExportSettings.PARIS, "publish time"))
                .isEqualTo(Instant.parse("2026-01-05T08:00:00Z"));
        assertThatThrownBy(() -> ExportValues.monthFirst("02/30/2026 10:00", ExportSettings.PARIS, "publish time"))
                .isInstanceOf(RowRejected.class);
    }

    @Test
    void mapsExportPostTypesToCanonicalOnes() {
        assertThat(ExportValues.postType("IG reel", "t")).isEqualTo("reel");
        assertThat(ExportValues.postType("Carrousel IG", "t")).isEqualTo("photo");
        assertThat(ExportValues.postType("Vidéos", "t")).isEqualTo("video");
        assertThat(ExportValues.postType("Native Video", "t")).isEqualTo("video");
        assertThat(ExportValues.postType("Live Video Complete", "t")).isEqualTo("live");
        assertThat(ExportValues.postType("Liens", "t")).isEqualTo("link");
        assertThat(ExportValues.postType("Status", "t")).isEqualTo("text");
        assertThatThrownBy(() -> ExportValues.postType("Poll", "t")).hasMessageContaining("unknown post type 'Poll'");
    }

    @Test
    void readsPostIdsFromUrls() {
        assertThat(PostLinks.facebookPost("https://www.facebook.com/villedemarseille/posts/4012345678901234"))
                .isEqualTo("4012345678901234");
        assertThat(PostLinks.facebookPost("https://www.facebook.com/villedemarseille/photos/a.1/987/"))
                .isEqualTo("987");
        assertThat(PostLinks.facebookPost("https://www.facebook.com/permalink.php?story_fbid=55&id=100"))
                .isEqualTo("55");
        // base 64 of 3458812345678901234, as Instagram derives shortcodes from media ids
        assertThat(PostLinks.instagramMedia("https://www.instagram.com/p/" + shortcode(3458812345678901234L) + "/"))
                .isEqualTo("3458812345678901234");
        assertThat(PostLinks.network("https://www.instagram.com/reel/Cx1/")).isEqualTo("instagram");
    }

    private static String shortcode(long id) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var code = new StringBuilder();
        for (long v = id; v > 0; v /= 64) {
            code.append(alphabet.charAt((int) (v % 64)));
        }
        return code.reverse().toString();
    }
}
