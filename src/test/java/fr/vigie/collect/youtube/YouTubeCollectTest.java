package fr.vigie.collect.youtube;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.collect.AccountOutcome;
import fr.vigie.collect.CollectReport;
import fr.vigie.collect.CollectService;
import fr.vigie.collect.StepClock;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.AccountStoreFixture;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class YouTubeCollectTest {
    static final String KEY = "AIzaSyCollectTestKey0000000000000000000";
    private static final String ACCOUNT = "youtube:@villedemarseille";
    private static final String CHANNEL = "UCvigieMarseilleTest0001";
    private static final String Q = "";

    private final StepClock clock = new StepClock(Instant.parse("2026-11-01T10:00:00Z"));
    private Store store;
    private FakeYouTube youtube;

    @BeforeEach
    void open() throws Exception {
        store = AccountStoreFixture.withTerritories("13055", "Marseille");
        StoreInspection.addAccount(store, "13055", "youtube", null, "villedemarseille");
        youtube = new FakeYouTube();
    }

    @AfterEach
    void close() {
        youtube.close();
        store.close();
    }

    private CollectService service(long dailyQuota) {
        var connector = new YouTubeConnector(
                youtube.baseUrl(),
                KEY,
                dailyQuota,
                since -> new RawItemTable(store).requestsSince("youtube", since),
                clock.getter());
        return new CollectService(store, List.of(connector), () -> new Pseudonymiser(new byte[32]), clock);
    }

    private CollectReport collect(long dailyQuota, @Nullable Instant since) {
        return service(dailyQuota).collect("youtube", null, since, outcome -> {});
    }

    private List<String> rows(String sql) {
        return StoreInspection.strings(store, sql);
    }

    @Test
    void collectsTheChannelItsVideosAndTheCommentsOfRecentOnes() {
        youtube.wholeChannel();

        assertThat(collect(10_000, null).accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 5, 5, 4, 4));

        assertThat(youtube.requests())
                .containsExactly(
                        "/youtube/v3/channels?part=snippet,statistics,contentDetails&forHandle=%40villedemarseille" + Q,
                        "/youtube/v3/playlistItems?part=contentDetails&playlistId=UUvigieMarseilleTest0001&maxResults=50"
                                + Q,
                        "/youtube/v3/playlistItems?part=contentDetails&playlistId=UUvigieMarseilleTest0001&maxResults=50"
                                + "&pageToken=EAAaBlBUOkNESQ" + Q,
                        "/youtube/v3/videos?part=snippet,statistics,contentDetails,liveStreamingDetails"
                                + "&id=Vq9x_Rk2mE1%2CLz3-Tt8bQw0%2CHn7pWc4sXy2%2CJd5kLm9rTq3%2COldvideo0A1&maxResults=50"
                                + Q,
                        "/youtube/v3/commentThreads?part=snippet,replies&videoId=Vq9x_Rk2mE1&maxResults=100"
                                + "&textFormat=plainText" + Q,
                        "/youtube/v3/commentThreads?part=snippet,replies&videoId=Vq9x_Rk2mE1&maxResults=100"
                                + "&textFormat=plainText&pageToken=QURTSl9pM3J4dFBfV0FyS0xxbQ" + Q,
                        "/youtube/v3/commentThreads?part=snippet,replies&videoId=Lz3-Tt8bQw0&maxResults=100"
                                + "&textFormat=plainText" + Q,
                        "/youtube/v3/commentThreads?part=snippet,replies&videoId=Hn7pWc4sXy2&maxResults=100"
                                + "&textFormat=plainText" + Q);
        assertThat(rows("SELECT concat_ws('|', followers, following, posts_count, observed_at) FROM account_snapshot"))
                .containsExactly("24300|812|2026-11-01 10:00:00");
        assertThat(rows("SELECT concat_ws('|', platform_id, handle) FROM account"))
                .containsExactly(CHANNEL + "|villedemarseille");
        assertThat(rows("SELECT concat_ws('|', post_id, type, url, array_to_string(hashtags, ','), published_at,"
                        + " source, simulated) FROM post ORDER BY published_at DESC"))
                .containsExactly(
                        "Vq9x_Rk2mE1|video|https://www.youtube.com/watch?v=Vq9x_Rk2mE1|marseille,conseilmunicipal"
                                + "|2026-10-30 17:00:00|collect:youtube|false",
                        "Lz3-Tt8bQw0|live|https://www.youtube.com/watch?v=Lz3-Tt8bQw0||2026-10-25 18:30:00"
                                + "|collect:youtube|false",
                        "Hn7pWc4sXy2|video|https://www.youtube.com/watch?v=Hn7pWc4sXy2|calanques,marseille"
                                + "|2026-10-20 08:00:00|collect:youtube|false",
                        "Jd5kLm9rTq3|video|https://www.youtube.com/watch?v=Jd5kLm9rTq3||2026-10-10 12:00:00"
                                + "|collect:youtube|false",
                        "Oldvideo0A1|video|https://www.youtube.com/watch?v=Oldvideo0A1||2026-06-01 10:00:00"
                                + "|collect:youtube|false");
        assertThat(rows("SELECT text FROM post WHERE post_id = 'Hn7pWc4sXy2'"))
                .containsExactly("Les calanques vues du ciel 😍🌊\n\n#Calanques #marseille");
        assertThat(
                        rows(
                                "SELECT concat_ws('|', post_id, coalesce(likes::VARCHAR, '?'), coalesce(comments::VARCHAR, '?'),"
                                        + " coalesce(shares::VARCHAR, '?'), coalesce(views::VARCHAR, '?')) FROM post_metric ORDER BY 1"))
                .containsExactly(
                        "Hn7pWc4sXy2|?|?|?|?",
                        "Jd5kLm9rTq3|12|0|?|9007199254740993",
                        "Lz3-Tt8bQw0|310|?|?|8800",
                        "Oldvideo0A1|4|0|?|300",
                        "Vq9x_Rk2mE1|48|3|?|1520");
    }

    @Test
    void storesCommentsWithPseudonymsAndTheChannelsOwnReplies() {
        youtube.wholeChannel();
        collect(10_000, null);

        assertThat(rows("SELECT concat_ws('|', comment_id, post_id, coalesce(parent_comment_id, '-'), from_account,"
                        + " text, likes) FROM comment ORDER BY published_at"))
                .containsExactly(
                        "UgzCitizenThread1AaBbCc|Vq9x_Rk2mE1|-|false|Quand aura lieu le prochain conseil ? 🙏|5",
                        "UgzCitizenThread1AaBbCc.9xReplyFromCity01|Vq9x_Rk2mE1|UgzCitizenThread1AaBbCc|true"
                                + "|Le 27 novembre à 18 h, salle du conseil.|2",
                        "UgyCitizenThread2DdEeFf|Vq9x_Rk2mE1|-|false|Merci pour la retransmission 👏|0",
                        "UgxCitizenThread3GgHhIi|Vq9x_Rk2mE1|-|false|Et le stationnement rue de Rome ?|1");
        assertThat(rows("SELECT author_pseudonym FROM comment WHERE from_account"))
                .containsExactly("account");
        assertThat(StoreInspection.count(
                        store, "SELECT count(DISTINCT author_pseudonym) FROM comment WHERE NOT from_account"))
                .isEqualTo(2);
        assertThat(StoreInspection.tablesContaining(store, "UCcitizen")).isEmpty(); // raw_item keeps them gzipped
    }

    @Test
    void collectingAgainAddsNoPostNorCommentButNewObservationsOfRecentVideos() {
        youtube.wholeChannel();
        collect(10_000, null);
        clock.now = clock.now.plusSeconds(6 * 3600);
        youtube.wholeChannel();

        // resumes from the newest video minus the refresh window (30 days): the June video is not observed again
        assertThat(collect(10_000, null).accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 4, 0, 4, 0));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isEqualTo(5);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post_metric"))
                .isEqualTo(9);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM comment")).isEqualTo(4);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM raw_item"))
                .isEqualTo(16);
        assertThat(youtube.requests().get(8)).contains("id=" + CHANNEL);
    }

    @Test
    void stopsPagingAtVideosOlderThanSinceAndReadsCommentsOfNewerOnesOnly() {
        youtube.then(
                FakeYouTube.fixture("channel.json"),
                FakeYouTube.fixture("playlist-page-1.json"),
                FakeYouTube.fixture("videos.json"),
                FakeYouTube.fixture("threads-empty.json"));

        var report = collect(10_000, Instant.parse("2026-10-28T00:00:00Z"));

        assertThat(report.accounts()).containsExactly(new AccountOutcome.Done(ACCOUNT, 1, 1, 0, 0));
        assertThat(youtube.requests()).hasSize(4);
        assertThat(youtube.requests().get(2)).contains("&id=Vq9x_Rk2mE1&");
        assertThat(youtube.requests().get(3)).contains("videoId=Vq9x_Rk2mE1");
    }

    @Test
    void anUnknownChannelIsRecordedAsNotFound() {
        youtube.then(FakeYouTube.fixture("channel-none.json"));

        assertThat(collect(10_000, null).accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class, f -> assertThat(f.reason()).contains("no channel"));
        assertThat(rows("SELECT kind FROM account_event")).containsExactly("not_found");
    }

    @Test
    void malformedJsonFailsTheAccountButTheAnswerIsArchived() {
        youtube.then(
                FakeYouTube.fixture("channel.json"),
                FakeYouTube.fixture("playlist-page-1.json"),
                FakeYouTube.fixture("playlist-page-2.json"),
                FakeYouTube.fixture("malformed.json"));

        assertThat(collect(10_000, null).accounts())
                .singleElement()
                .isInstanceOfSatisfying(
                        AccountOutcome.Failed.class, f -> assertThat(f.reason()).contains("malformed JSON"));
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM raw_item"))
                .isEqualTo(4);
        assertThat(StoreInspection.count(store, "SELECT count(*) FROM post")).isZero();
    }
}
