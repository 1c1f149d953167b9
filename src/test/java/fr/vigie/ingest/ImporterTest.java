package fr.vigie.ingest;

import static fr.vigie.store.StoreInspection.count;
import static fr.vigie.store.StoreInspection.strings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.privacy.Pseudonymiser;
import fr.vigie.store.QuarantineTable;
import fr.vigie.store.Store;
import fr.vigie.store.StoreInspection;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    @TempDir
    Path dir;

    private Store store;
    private Importer importer;

    @BeforeEach
    void openStore() {
        store = Store.inMemory();
        StoreInspection.addAccount(store, "13055", "instagram", "17841400000000001", "marseille");
        StoreInspection.addAccount(store, "06088", "x", null, "nicecotedazur");
        importer = new Importer(store, () -> new Pseudonymiser(new byte[32]), false);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String post(String id, String account, String publishedAt) {
        return "{\"network\":\"instagram\",\"post_id\":\"" + id + "\",\"account\":\"" + account
                + "\",\"published_at\":\"" + publishedAt
                + "\",\"type\":\"photo\",\"text\":\"Le Vieux-Port #Marseille\"}";
    }

    private java.util.List<String> reasons(ImportSummary summary) {
        return new QuarantineTable(store)
                .list(summary.importId(), 100).stream()
                        .map(q -> q.line() + " " + q.field() + ": " + q.reason())
                        .toList();
    }

    @Test
    void importsPostsResolvingAccountsByPlatformIdThenHandle() throws IOException {
        var summary = importer.importFile(
                ImportEntity.POSTS,
                file(
                        "posts.ndjson",
                        post("p1", "17841400000000001", "2026-10-03T08:15:00Z"),
                        post("p2", "@Marseille", "2026-10-03T09:15:00Z")));
        assertThat(summary.read()).isEqualTo(2);
        assertThat(summary.inserted()).isEqualTo(2);
        assertThat(strings(store, "SELECT DISTINCT account_id FROM post"))
                .containsExactly("instagram:17841400000000001");
        assertThat(strings(store, "SELECT hashtags::VARCHAR FROM post WHERE post_id = 'p1'"))
                .containsExactly("[marseille]");
        assertThat(strings(store, "SELECT source FROM post LIMIT 1")).containsExactly("file:posts.ndjson");
        assertThat(strings(store, "SELECT status FROM import_run")).containsExactly("done");
    }

    @Test
    void reimportingTheSameFileChangesNothingAndSaysUnchanged() throws IOException {
        Path posts = file(
                "posts.ndjson",
                post("p1", "marseille", "2026-10-03T08:15:00Z"),
                post("p2", "marseille", "2026-10-03T09:15:00Z"));
        importer.importFile(ImportEntity.POSTS, posts);
        var again = importer.importFile(ImportEntity.POSTS, posts);
        assertThat(again.inserted()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(again.describe().getFirst()).contains("0 inserted, 0 updated, 2 unchanged, 0 quarantined");
        assertThat(count(store, "SELECT count(*) FROM post")).isEqualTo(2);
    }

    @Test
    void aCorrectedFileUpdatesTheStoredRowsWhileEmptyCellsKeepWhatIsKnown() throws IOException {
        String header = "network,post_id,observed_at,likes,comments,shares,quotes,saves,views,simulated";
        importer.importFile(
                ImportEntity.METRICS,
                file(
                        "post_metrics.csv",
                        header,
                        "instagram,p1,2026-10-03T09:15:00Z,12,3,,,1,,true",
                        "instagram,p2,2026-10-03T09:15:00Z,5,0,,,,,true"));
        var corrected = importer.importFile(
                ImportEntity.METRICS,
                file(
                        "post_metrics.csv",
                        header,
                        "instagram,p1,2026-10-03T09:15:00Z,14,,2,,1,,false",
                        "instagram,p2,2026-10-03T09:15:00Z,5,0,,,,,true"));

        assertThat(corrected.updated()).isEqualTo(1);
        assertThat(corrected.unchanged()).isEqualTo(1);
        assertThat(corrected.describe().getFirst()).contains("0 inserted, 1 updated, 1 unchanged, 0 quarantined");
        assertThat(strings(
                        store,
                        "SELECT likes || '/' || comments || '/' || shares || '/' || simulated FROM post_metric"
                                + " WHERE post_id = 'p1'"))
                .containsExactly("14/3/2/true");
        assertThat(count(store, "SELECT count(*) FROM post_metric")).isEqualTo(2);
    }

    @Test
    void keepsEveryCharacterOfATextEvenTheSeparatorsOfTheStagingFormat() throws IOException {
        String tricky = "a\u001Eb\u001Fc\u001Bd\u001B+e\u001B0f #marseille";
        String escaped =
                tricky.replace("\u001E", "\\u001e").replace("\u001F", "\\u001f").replace("\u001B", "\\u001b");
        importer.importFile(
                ImportEntity.POSTS,
                file(
                        "posts.ndjson",
                        "{\"network\":\"instagram\",\"post_id\":\"p9\",\"account\":\"marseille\","
                                + "\"published_at\":\"2026-10-03T08:15:00Z\",\"type\":\"photo\",\"text\":\"" + escaped
                                + "\"}"));
        assertThat(strings(store, "SELECT text FROM post WHERE post_id = 'p9'")).containsExactly(tricky);
    }

    @Test
    void keepsIdsAboveTwoToThe53ExactEvenAsJsonNumbers() throws IOException {
        var summary = importer.importFile(
                ImportEntity.POSTS,
                file(
                        "posts.ndjson",
                        "{\"network\":\"instagram\",\"post_id\":18446744073709551615,\"account\":17841400000000001,"
                                + "\"published_at\":1791015300,\"type\":\"photo\"}",
                        "{\"network\":\"instagram\",\"post_id\":9007199254740993,\"account\":\"marseille\","
                                + "\"published_at\":\"1791015300\",\"type\":\"photo\"}"));
        assertThat(summary.inserted()).isEqualTo(2);
        assertThat(strings(store, "SELECT post_id FROM post ORDER BY post_id"))
                .containsExactly("18446744073709551615", "9007199254740993");
    }

    @Test
    void quarantinesLaterDuplicatesOfAKeyAndKeepsTheFirst() throws IOException {
        var summary = importer.importFile(
                ImportEntity.POSTS,
                file(
                        "posts.ndjson",
                        post("p1", "marseille", "2026-10-03T08:15:00Z"),
                        post("p2", "marseille", "2026-10-03T08:15:00Z"),
                        post("p1", "marseille", "2026-10-04T08:15:00Z")));
        assertThat(summary.inserted()).isEqualTo(2);
        assertThat(summary.quarantined()).isEqualTo(1);
        assertThat(reasons(summary)).containsExactly("3 network, post_id: duplicate of line 1");
        assertThat(strings(store, "SELECT published_at::VARCHAR FROM post WHERE post_id = 'p1'"))
                .containsExactly("2026-10-03 08:15:00");
        assertThat(strings(store, "SELECT raw FROM quarantine"))
                .singleElement()
                .asString()
                .contains("2026-10-04");
    }

    @Test
    void quarantinesATruncatedLineAndImportsTheOthers() throws IOException {
        String whole = post("p2", "marseille", "2026-10-03T08:15:00Z");
        var summary = importer.importFile(
                ImportEntity.POSTS,
                file("posts.ndjson", post("p1", "marseille", "2026-10-03T08:15:00Z"), "", whole.substring(0, 40)));
        assertThat(summary.read()).isEqualTo(2);
        assertThat(summary.inserted()).isEqualTo(1);
        assertThat(reasons(summary)).singleElement().asString().startsWith("3 null: malformed JSON");
    }

    @Test
    void quarantinesRowsOfUnknownAccounts() throws IOException {
        var summary = importer.importFile(
                ImportEntity.POSTS, file("posts.ndjson", post("p1", "lyon", "2026-10-03T08:15:00Z")));
        assertThat(summary.quarantined()).isEqualTo(1);
        assertThat(summary.firstQuarantined())
                .containsExactly("posts.ndjson:1 account: unknown account 'lyon' on instagram:"
                        + " register it in accounts.csv (by platform id or handle) first");
    }

    @Test
    void readsEveryTimestampVariantAndRefusesBadCounts() throws IOException {
        var summary = importer.importFile(
                ImportEntity.SNAPSHOTS,
                file(
                        "account_snapshots.csv",
                        "network,account,observed_at,followers,following,posts_count,simulated",
                        "instagram,marseille,2026-10-01T00:00:00Z,100,1,1,true",
                        "instagram,marseille,2026-10-02T00:00:00.000Z,100,1,1,true",
                        "instagram,marseille,2026-10-03T02:00:00+02:00,100,1,1,true",
                        "instagram,marseille,2026-10-04T00:00:00+0000,100,,,true",
                        "instagram,marseille,1791158400,100,1,1,true",
                        "instagram,marseille,2026-10-06T00:00:00Z,-5,1,1,true",
                        "instagram,marseille,2026-10-07T00:00:00Z,12.5,1,1,true"));
        assertThat(summary.inserted()).isEqualTo(5);
        assertThat(strings(store, "SELECT observed_at::VARCHAR FROM account_snapshot ORDER BY 1"))
                .containsExactly(
                        "2026-10-01 00:00:00",
                        "2026-10-02 00:00:00",
                        "2026-10-03 00:00:00",
                        "2026-10-04 00:00:00",
                        "2026-10-05 00:00:00");
        assertThat(count(store, "SELECT count(*) FROM account_snapshot WHERE following IS NULL"))
                .isEqualTo(1);
        assertThat(reasons(summary))
                .containsExactly("7 followers: negative count: -5", "8 followers: not an integer count: '12.5'");
    }

    @Test
    void readsAUtf8FileWithBomAndSemicolonsAndLooseHeaders() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = " Territory_Code ; TAG ;Simulated\n13055;#FêteDuPanier;true\n".getBytes(StandardCharsets.UTF_8);
        Path csv = Files.write(dir.resolve("territory_hashtags.csv"), concat(bom, body));
        var summary = importer.importFile(ImportEntity.HASHTAGS, csv);
        assertThat(summary.inserted()).isEqualTo(1);
        assertThat(strings(store, "SELECT territory_code || ' ' || tag FROM territory_hashtag"))
                .containsExactly("13055 fêtedupanier");
    }

    @Test
    void readsAWindows1252FileWithAccents() throws IOException {
        String text = "territory_code,tag\n13055,#Château\n06088,#Côted_Azur\n";
        Path csv = Files.write(dir.resolve("territory_hashtags.csv"), text.getBytes(Charset.forName("windows-1252")));
        importer.importFile(ImportEntity.HASHTAGS, csv);
        assertThat(strings(store, "SELECT tag FROM territory_hashtag ORDER BY tag"))
                .containsExactly("château", "côted_azur");
    }

    @Test
    void stopsACsvThatTurnsWindows1252AfterAValidUtf8FirstMegabyteAndImportsNothing() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        out.write("territory_code,tag\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; out.size() < (1 << 20) + 10; i++) {
            out.write(("13055,marseille" + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        out.write("13055,#Château\n".getBytes(Charset.forName("windows-1252")));
        Path csv = Files.write(dir.resolve("territory_hashtags.csv"), out.toByteArray());

        assertThatThrownBy(() -> importer.importFile(ImportEntity.HASHTAGS, csv))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("not valid UTF-8 further down");
        assertThat(count(store, "SELECT count(*) FROM territory_hashtag")).isZero();
    }

    @Test
    void importsNothingFromAnEmptyOrHeaderOnlyFile() throws IOException {
        var empty = importer.importFile(ImportEntity.HASHTAGS, Files.writeString(dir.resolve("e.csv"), ""));
        var header = importer.importFile(ImportEntity.HASHTAGS, file("h.csv", "territory_code,tag"));
        var ndjson = importer.importFile(ImportEntity.POSTS, Files.writeString(dir.resolve("e.ndjson"), "\n\n"));
        assertThat(Arrays.asList(empty.read(), header.read(), ndjson.read())).containsOnly(0L);
        assertThat(strings(store, "SELECT DISTINCT status FROM import_run")).containsExactly("done");
    }

    @Test
    void stopsAFileWithoutARequiredColumnNamingIt() throws IOException {
        Path csv = file("post_metrics.csv", "network,post_id,likes", "instagram,p1,3");
        assertThatThrownBy(() -> importer.importFile(ImportEntity.METRICS, csv))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("missing required column 'observed_at'");
        assertThat(count(store, "SELECT count(*) FROM post_metric")).isZero();
        assertThat(strings(store, "SELECT status FROM import_run")).containsExactly("failed");
    }

    @Test
    void aCrashDuringTheMergeLeavesTheStoreAsItWas() throws IOException {
        importer.importFile(ImportEntity.POSTS, file("first.ndjson", post("p1", "marseille", "2026-10-03T08:15:00Z")));
        importer.beforeCommit(() -> {
            throw new IllegalStateException("disk full");
        });
        Path second = file("posts.ndjson", post("p2", "marseille", "2026-10-03T08:15:00Z"), "{broken");
        assertThatThrownBy(() -> importer.importFile(ImportEntity.POSTS, second))
                .hasMessage("disk full");
        assertThat(strings(store, "SELECT post_id FROM post")).containsExactly("p1");
        assertThat(count(store, "SELECT count(*) FROM quarantine")).isZero();
        assertThat(strings(store, "SELECT status FROM import_run ORDER BY import_id"))
                .containsExactly("done", "failed");
    }

    @Test
    void importsMetricsMentionsAndHashtagsKeyedAsDocumented() throws IOException {
        importer.importFile(
                ImportEntity.METRICS,
                file(
                        "post_metrics.csv",
                        "network,post_id,observed_at,likes,comments,shares,quotes,saves,views,simulated",
                        "instagram,p1,2026-10-03T09:15:00Z,12,3,,,1,,true"));
        StoreInspection.addAccount(store, "DEP-06", "x", null, "departement06");
        var mentions = importer.importFile(
                ImportEntity.MENTIONS,
                file(
                        "mentions.csv",
                        "network,post_id,from_account,to_handle,kind,published_at,simulated",
                        "x,t1,@NiceCoteDAzur,@Departement06,mention,2026-10-03T08:15:00Z,true",
                        "x,t1,nicecotedazur,departement06,reply,2026-10-03T08:15:00Z,true",
                        "x,t1,nicecotedazur,departement06,like,2026-10-03T08:15:00Z,true",
                        "x,t2,nicecotedazur,@jean_dupont,reply,2026-10-03T08:15:00Z,true"));
        assertThat(strings(store, "SELECT likes || '/' || coalesce(shares::VARCHAR, '?') FROM post_metric"))
                .containsExactly("12/?");
        assertThat(
                        strings(
                                store,
                                "SELECT from_account_id || ' ' || to_handle || ' ' || kind FROM mention WHERE post_id = 't1' ORDER BY kind"))
                .containsExactly("x:@nicecotedazur departement06 mention", "x:@nicecotedazur departement06 reply");
        assertThat(strings(store, "SELECT to_handle FROM mention WHERE post_id = 't2'"))
                .singleElement()
                .asString()
                .matches("c_[a-z2-7]{16}"); // a handle outside the registry may be a citizen's
        assertThat(StoreInspection.tablesContaining(store, "jean_dupont")).isEmpty();
        assertThat(reasons(mentions)).singleElement().asString().startsWith("4 kind: 'like' is not one of");
    }

    @Test
    void stagesAwkwardValuesFaithfully() throws IOException {
        importer.importFile(
                ImportEntity.POSTS,
                file(
                        "posts.ndjson",
                        "{\"network\":\"Twitter\",\"post_id\":\"t1\",\"account\":\"nicecotedazur\","
                                + "\"published_at\":\"2026-10-03T08:15:00.123456Z\",\"type\":\"text\","
                                + "\"text\":\"a\\u001eb\\u001fc ; \\\"d\\\"\"}",
                        "{\"network\":\"x\",\"post_id\":\"t2\",\"account\":\"nicecotedazur\","
                                + "\"published_at\":\"2026-10-03T08:15:00Z\",\"type\":\"text\",\"hashtags\":[]}"));
        assertThat(strings(
                        store,
                        "SELECT concat_ws('|', network, post_id, published_at, text, hashtags::VARCHAR, url IS NULL)"
                                + " FROM post ORDER BY post_id"))
                .containsExactly(
                        "x|t1|2026-10-03 08:15:00.123456|a\u001Eb\u001Fc ; \"d\"|[]|true",
                        "x|t2|2026-10-03 08:15:00|[]|true");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
