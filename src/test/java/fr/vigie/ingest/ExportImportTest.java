package fr.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.account.Network;
import fr.vigie.ingest.export.ExportFormat;
import fr.vigie.ingest.export.ExportSettings;
import fr.vigie.ingest.export.ExportSettings.AccountReference;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportImportTest {
    private static final Path EXAMPLES = Path.of("docs/formats/examples/exports");
    private static final Instant EXPORTED = Instant.parse("2026-10-01T07:00:00Z");
    private static final String CHANNEL = "UC4R8DWoMoI7CAwX8_LjQHig";

    @TempDir
    Path dir;

    private Store store;
    private ExportImport exports;

    @BeforeEach
    void registerAccounts() {
        store = Store.inMemory();
        StoreInspection.addAccount(store, "13055", "instagram", "17841400000000001", "marseille");
        StoreInspection.addAccount(store, "13055", "facebook", "100064000000001", "villedemarseille");
        StoreInspection.addAccount(store, "13055", "youtube", CHANNEL, "villedemarseille");
        exports = new ExportImport(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ExportSummary run(ExportFormat format, Path file, @Nullable String account) {
        var reference = account == null ? null : AccountReference.parse(account);
        return exports.importFile(format, file, new ExportSettings(null, reference, EXPORTED, ExportSettings.PARIS));
    }

    private String one(String sql, Object... params) {
        var values = StoreInspection.strings(store, sql, params);
        assertThat(values).hasSize(1);
        return values.getFirst();
    }

    @Test
    void readsAFrenchInstagramExportWithBlankedCountsAsUnknown() {
        var summary =
                run(ExportFormat.META_BUSINESS_SUITE, EXAMPLES.resolve("meta-business-suite-instagram-fr.csv"), null);

        assertThat(summary.read()).isEqualTo(5);
        assertThat(summary.quarantined()).isEqualTo(2);
        assertThat(summary.posts()).isEqualTo(new ExportSummary.Tally(3, 0, 0));
        assertThat(summary.metrics()).isEqualTo(new ExportSummary.Tally(3, 0, 0));
        assertThat(one("SELECT CAST(published_at AS VARCHAR) || ' ' || account_id || ' ' || type || ' ' || source"
                        + " || ' ' || simulated FROM post WHERE post_id = '3458812345678901234'"))
                .isEqualTo("2026-09-20 06:15:00 instagram:17841400000000001 photo export:meta-business-suite false");
        assertThat(one("SELECT concat_ws('/', likes, coalesce(CAST(shares AS VARCHAR), '?'), comments,"
                        + " coalesce(CAST(saves AS VARCHAR), '?'), views) FROM post_metric"
                        + " WHERE post_id = '3458812345678905678' AND observed_at = '2026-10-01 07:00:00'"))
                .isEqualTo("2204/?/118/?/48110");
        assertThat(one("SELECT type FROM post WHERE post_id = '3458812345678905678'"))
                .isEqualTo("reel");
        assertThat(summary.firstQuarantined())
                .containsExactly(
                        "meta-business-suite-instagram-fr.csv:5 heure de publication: not a publish time:"
                                + " '24/09/2026 20:00' (expected month first, e.g. 09/20/2026 14:05)",
                        "meta-business-suite-instagram-fr.csv:6 account: unknown account '17841499999999999' on"
                                + " instagram: register it in accounts.csv (by platform id or handle) first");
    }

    @Test
    void readsAnEnglishFacebookExportSkippingTheDescriptionLineAndPrefixingPostIdsWithThePage() {
        var summary =
                run(ExportFormat.META_BUSINESS_SUITE, EXAMPLES.resolve("meta-business-suite-facebook-en.csv"), null);

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.posts().inserted()).isEqualTo(3);
        assertThat(StoreInspection.strings(store, "SELECT post_id || ' ' || type FROM post ORDER BY post_id"))
                .containsExactly(
                        "100064000000001_987654321012345 link",
                        "100064000000001_987654321055555 video",
                        "100064000000001_987654321098765 photo");
        assertThat(one("SELECT concat_ws('/', likes, comments, shares, views) FROM post_metric"
                        + " WHERE post_id = '100064000000001_987654321012345'"))
                .isEqualTo("310/254/25/12034");
        assertThat(one("SELECT CAST(published_at AS VARCHAR) FROM post WHERE post_id LIKE '%012345'"))
                .isEqualTo("2026-09-20 12:05:00");
        assertThat(summary.firstQuarantined())
                .containsExactly("meta-business-suite-facebook-en.csv:6 publish time: not a publish time:"
                        + " '09/31/2026 10:00' (expected month first, e.g. 09/20/2026 14:05)");
    }

    @Test
    void readsAYouTubeStudioExportSkippingTheTotalRow() {
        var summary = run(ExportFormat.YOUTUBE_STUDIO, EXAMPLES.resolve("youtube-studio.csv"), "youtube:" + CHANNEL);

        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.read()).isEqualTo(3);
        assertThat(summary.posts().inserted()).isEqualTo(2);
        assertThat(one("SELECT concat_ws(' ', account_id, type, CAST(published_at AS VARCHAR), url) FROM post"
                        + " WHERE post_id = 'dQw4w9WgXcQ'"))
                .isEqualTo("youtube:" + CHANNEL
                        + " video 2026-09-19 22:00:00 https://www.youtube.com/watch?v=dQw4w9WgXcQ");
        assertThat(one("SELECT concat_ws('/', likes, coalesce(CAST(comments AS VARCHAR), '?'), shares, views)"
                        + " FROM post_metric WHERE post_id = 'aBcDeFgHiJk'"))
                .isEqualTo("210/?/12/8930");
        assertThat(summary.firstQuarantined())
                .containsExactly("youtube-studio.csv:5 video publish time: not a date: '2026-09-12'"
                        + " (expected e.g. Sep 20, 2026)");
    }

    @Test
    void refusesAYouTubeStudioExportWithoutItsChannel() {
        assertThatThrownBy(() -> run(ExportFormat.YOUTUBE_STUDIO, EXAMPLES.resolve("youtube-studio.csv"), null))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("give --account youtube:");
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isZero();
    }

    @Test
    void readsACrowdTangleExportWithThousandsSeparatorsZonesAndFollowersAtPosting() {
        var summary = run(ExportFormat.CROWDTANGLE, EXAMPLES.resolve("crowdtangle.csv"), null);

        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.posts().inserted()).isEqualTo(3);
        assertThat(summary.snapshots().inserted()).isEqualTo(2);
        // likes count every reaction: 1,102 + 101 + 5 + 2 + 1 + 0 + 23
        assertThat(one("SELECT concat_ws('/', likes, comments, shares) FROM post_metric"
                        + " WHERE post_id = '100064000000001_4012345678901234'"))
                .isEqualTo("1234/160/88");
        assertThat(one("SELECT concat_ws(' ', type, CAST(published_at AS VARCHAR)) FROM post"
                        + " WHERE post_id = '100064000000001_4012345678905678'"))
                .isEqualTo("video 2021-03-10 09:30:00");
        assertThat(one("SELECT views FROM post_metric WHERE post_id = '100064000000001_4012345678905678'"))
                .isEqualTo("12345");
        assertThat(StoreInspection.strings(
                        store,
                        "SELECT concat_ws(' ', account_id, CAST(observed_at AS VARCHAR), followers, source)"
                                + " FROM account_snapshot ORDER BY observed_at"))
                .containsExactly(
                        "facebook:100064000000001 2021-03-04 09:00:00 251002 export:crowdtangle",
                        "facebook:100064000000001 2021-03-10 09:30:00 251120 export:crowdtangle");
        assertThat(summary.firstQuarantined())
                .containsExactly(
                        "crowdtangle.csv:5 likes: not a count: '1,20' (thousands separators must group 3" + " digits)");
    }

    @Test
    void reimportingAnExportAddsNothing() {
        for (ExportFormat format : ExportFormat.values()) {
            Path file = switch (format) {
                case META_BUSINESS_SUITE -> EXAMPLES.resolve("meta-business-suite-instagram-fr.csv");
                case YOUTUBE_STUDIO -> EXAMPLES.resolve("youtube-studio.csv");
                case CROWDTANGLE -> EXAMPLES.resolve("crowdtangle.csv");
            };
            String account = format == ExportFormat.YOUTUBE_STUDIO ? "youtube:" + CHANNEL : null;
            var first = run(format, file, account);
            var again = run(format, file, account);
            assertThat(again.posts())
                    .isEqualTo(new ExportSummary.Tally(0, 0, first.posts().inserted()));
            assertThat(again.metrics())
                    .isEqualTo(new ExportSummary.Tally(0, 0, first.metrics().inserted()));
            assertThat(again.snapshots())
                    .isEqualTo(new ExportSummary.Tally(0, 0, first.snapshots().inserted()));
        }
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isEqualTo(8);
    }

    @Test
    void aCorrectedExportUpdatesTheStoredMetrics() throws Exception {
        run(ExportFormat.YOUTUBE_STUDIO, EXAMPLES.resolve("youtube-studio.csv"), "youtube:" + CHANNEL);
        Path corrected = dir.resolve("Table data.csv");
        Files.writeString(
                corrected,
                Files.readString(EXAMPLES.resolve("youtube-studio.csv")).replace(",142,8930,", ",142,8931,"));

        var summary = run(ExportFormat.YOUTUBE_STUDIO, corrected, "youtube:" + CHANNEL);

        assertThat(summary.metrics()).isEqualTo(new ExportSummary.Tally(0, 1, 1));
        assertThat(one("SELECT views FROM post_metric WHERE post_id = 'aBcDeFgHiJk'"))
                .isEqualTo("8931");
    }

    @Test
    void takesTheFilesModificationTimeAsTheObservationTimeByDefault() throws Exception {
        Path file = Files.copy(EXAMPLES.resolve("youtube-studio.csv"), dir.resolve("yt.csv"));
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-09-30T16:00:00Z")));
        var settings = ExportImport.settings(Network.YOUTUBE, AccountReference.parse("youtube:villedemarseille"), null);

        var outcome = exports.tryImport(ExportFormat.YOUTUBE_STUDIO, file, settings);

        assertThat(outcome).isInstanceOf(FileOutcome.ExportImported.class);
        assertThat(StoreInspection.strings(store, "SELECT DISTINCT CAST(observed_at AS VARCHAR) FROM post_metric"))
                .containsExactly("2026-09-30 16:00:00");
    }

    @Test
    void aDuplicatedPostIsQuarantinedOnceWithItsFirstLine() throws Exception {
        String yt = Files.readString(EXAMPLES.resolve("youtube-studio.csv"));
        String line =
                yt.lines().filter(l -> l.startsWith("dQw4w9WgXcQ")).findFirst().orElseThrow();
        Path file = Files.writeString(dir.resolve("dup.csv"), yt + line + "\n");

        var summary = run(ExportFormat.YOUTUBE_STUDIO, file, "youtube:" + CHANNEL);

        assertThat(summary.quarantined()).isEqualTo(2);
        assertThat(summary.firstQuarantined()).contains("dup.csv:6 post_id: duplicate of line 3");
        assertThat(summary.metrics().inserted()).isEqualTo(2);
    }

    @Test
    void refusesAMetaExportWhoseNetworkCannotBeTold() throws Exception {
        Path file = Files.writeString(
                dir.resolve("meta.csv"), "Post ID,Publish time,Post type\n1,09/20/2026 14:05,Photos\n");
        assertThatThrownBy(() -> run(ExportFormat.META_BUSINESS_SUITE, file, null))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("give --network facebook or --network instagram");
    }
}
