package fr.vigie.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.VigieException;
import fr.vigie.store.SimulationFixture;
import fr.vigie.store.SimulationInputs;
import fr.vigie.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorTest {
    private static final LocalDate UNTIL = LocalDate.of(2026, 9, 30);
    private static Store store;

    @TempDir
    static Path shared;

    private static Path region42;

    @BeforeAll
    static void generateOnce() {
        store = Store.inMemory();
        SimulationFixture.insertTerritories(store);
        region42 = run(42, "93", 45, shared.resolve("region-42"));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static Path run(long seed, String scope, int days, Path folder) {
        var settings = new SimulationSettings(
                seed, SimulationScope.parse(scope), days, UNTIL, SimulationSettings.parseAges("1h,24h,7d,30d"));
        new Simulator(new SimulationInputs(store)).run(settings, folder, SimulationProgress.none());
        return folder;
    }

    @Test
    void sameArgumentsGiveByteIdenticalFiles(@TempDir Path dir) throws IOException {
        Path again = run(42, "93", 45, dir.resolve("again"));
        for (DatasetFile file : DatasetFile.values()) {
            assertThat(Files.readAllBytes(again.resolve(file.fileName())))
                    .as(file.fileName())
                    .isEqualTo(Files.readAllBytes(region42.resolve(file.fileName())));
        }
        assertThat(again.resolve(Manifest.FILE)).hasSameBinaryContentAs(region42.resolve(Manifest.FILE));
    }

    @Test
    void anotherSeedGivesAnotherDataset(@TempDir Path dir) throws IOException {
        Path other = run(43, "93", 45, dir.resolve("other"));
        assertThat(Files.readAllBytes(other.resolve("posts.ndjson")))
                .isNotEqualTo(Files.readAllBytes(region42.resolve("posts.ndjson")));
        assertThat(Files.readAllBytes(other.resolve("accounts.csv")))
                .isNotEqualTo(Files.readAllBytes(region42.resolve("accounts.csv")));
    }

    @Test
    void writesEveryFileWithTheDocumentedCsvHeaders() throws IOException {
        for (DatasetFile file : DatasetFile.values()) {
            assertThat(region42.resolve(file.fileName())).exists();
        }
        assertThat(DatasetReader.headerLine(region42, DatasetFile.ACCOUNTS))
                .isEqualTo("territory_code,network,handle,role,theme,status,platform_id,display_name,simulated");
        assertThat(DatasetReader.headerLine(region42, DatasetFile.HASHTAGS)).isEqualTo("territory_code,tag,simulated");
        assertThat(DatasetReader.headerLine(region42, DatasetFile.SNAPSHOTS))
                .isEqualTo("network,account,observed_at,followers,following,posts_count,simulated");
        assertThat(DatasetReader.headerLine(region42, DatasetFile.METRICS))
                .isEqualTo("network,post_id,observed_at,likes,comments,shares,quotes,saves,views,simulated");
        assertThat(DatasetReader.headerLine(region42, DatasetFile.MENTIONS))
                .isEqualTo("network,post_id,from_account,to_handle,kind,published_at,simulated");
    }

    @Test
    void labelsEveryRowAsSimulated() throws IOException {
        for (DatasetFile file : DatasetFile.values()) {
            if (file.header() != null) {
                List<CSVRecord> rows = DatasetReader.csv(region42, file);
                assertThat(rows).as(file.fileName()).isNotEmpty();
                assertThat(rows)
                        .as(file.fileName())
                        .allSatisfy(row -> assertThat(row.get("simulated")).isEqualTo("true"));
            } else {
                List<JsonNode> rows = DatasetReader.ndjson(region42, file);
                assertThat(rows).as(file.fileName()).isNotEmpty();
                assertThat(rows)
                        .as(file.fileName())
                        .allSatisfy(row ->
                                assertThat(row.get("simulated").asBoolean()).isTrue());
            }
        }
        JsonNode manifest = DatasetReader.manifest(region42);
        assertThat(manifest.get("simulated").asBoolean()).isTrue();
        assertThat(manifest.get("seed").asLong()).isEqualTo(42);
        assertThat(manifest.at("/scope/name").asText()).isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThat(manifest.at("/counts/posts.ndjson").asLong())
                .isEqualTo(DatasetReader.ndjson(region42, DatasetFile.POSTS).size());
    }

    @Test
    void writesIdsAsStringsIncludingOnesAboveTwoToThe53() throws IOException {
        for (JsonNode post : DatasetReader.ndjson(region42, DatasetFile.POSTS)) {
            assertThat(post.get("post_id").isTextual()).isTrue();
            assertThat(post.get("account").isTextual()).isTrue();
            assertThat(post.get("hashtags").isArray()).isTrue();
        }
        for (JsonNode comment : DatasetReader.ndjson(region42, DatasetFile.COMMENTS)) {
            assertThat(comment.get("comment_id").isTextual()).isTrue();
            assertThat(comment.get("author_id").isTextual()).isTrue();
        }
        var facebookIds = DatasetReader.csv(region42, DatasetFile.ACCOUNTS).stream()
                .filter(row -> row.get("network").equals("facebook")
                        || row.get("network").equals("instagram"))
                .map(row -> row.get("platform_id"))
                .toList();
        assertThat(facebookIds).isNotEmpty().allSatisfy(id -> assertThat(id).matches("[0-9]{17,19}"));
        assertThat(facebookIds).anySatisfy(id -> assertThat(Long.parseLong(id)).isGreaterThan(1L << 53));
    }

    @Test
    void answersComeAfterTheQuestionsTheyAnswer() throws IOException {
        List<JsonNode> comments = DatasetReader.ndjson(region42, DatasetFile.COMMENTS);
        Map<String, JsonNode> byId = new HashMap<>();
        comments.forEach(c -> byId.put(c.get("comment_id").asText(), c));
        List<JsonNode> replies =
                comments.stream().filter(c -> c.get("from_account").asBoolean()).toList();
        assertThat(replies).isNotEmpty();
        for (JsonNode reply : replies) {
            JsonNode question = byId.get(reply.get("parent_comment_id").asText());
            assertThat(question).isNotNull();
            assertThat(question.get("text").asText()).endsWith("?");
            assertThat(Instant.parse(reply.get("published_at").asText()))
                    .isAfter(Instant.parse(question.get("published_at").asText()));
        }
        assertThat(comments.stream().filter(c -> !c.get("from_account").asBoolean()))
                .allSatisfy(c -> assertThat(c.get("parent_comment_id").isNull()).isTrue());
    }

    @Test
    void metricsGrowWithAgeAndNothingIsObservedAfterThePeriod() throws IOException {
        Instant end = LocalDate.of(2026, 10, 1).atStartOfDay(Rhythm.PARIS).toInstant();
        Map<String, Long> lastLikes = new HashMap<>();
        for (CSVRecord row : DatasetReader.csv(region42, DatasetFile.METRICS)) {
            assertThat(Instant.parse(row.get("observed_at"))).isBeforeOrEqualTo(end);
            if (!row.get("likes").isEmpty()) {
                long likes = Long.parseLong(row.get("likes"));
                assertThat(likes).isGreaterThanOrEqualTo(lastLikes.getOrDefault(row.get("post_id"), 0L));
                lastLikes.put(row.get("post_id"), likes);
            }
        }
        var instagramShares = DatasetReader.csv(region42, DatasetFile.METRICS).stream()
                .filter(row -> row.get("network").equals("instagram"))
                .map(row -> row.get("shares"))
                .collect(Collectors.toSet());
        assertThat(instagramShares).containsExactly("");
    }

    @Test
    void aDepartementScopeLeavesOutOtherDepartements(@TempDir Path dir) throws IOException {
        Path bouches = run(42, "13", 10, dir.resolve("13"));
        Set<String> codes = DatasetReader.csv(bouches, DatasetFile.ACCOUNTS).stream()
                .map(row -> row.get("territory_code"))
                .collect(Collectors.toSet());
        assertThat(codes)
                .isNotEmpty()
                .allSatisfy(code -> assertThat(code)
                        .isIn("DEP-13", "13055", "13001", "13022", "13005", "13075", "13069", "200054807"));
        assertThat(codes).contains("DEP-13", "13055");
    }

    @Test
    void aBareCodeSharedByARegionAndADepartementMeansTheRegion() throws IOException {
        Set<String> regionCodes = DatasetReader.csv(region42, DatasetFile.ACCOUNTS).stream()
                .map(row -> row.get("territory_code"))
                .collect(Collectors.toSet());
        assertThat(regionCodes)
                .contains("REG-93", "DEP-13", "DEP-83", "13055")
                .doesNotContain("DEP-93", "93048", "200057867");
    }

    @Test
    void departementPrefixSelectsTheDepartementOfThatCode(@TempDir Path dir) throws IOException {
        Path seineSaintDenis = run(42, "departement:93", 5, dir.resolve("d93"));
        Set<String> codes = DatasetReader.csv(seineSaintDenis, DatasetFile.ACCOUNTS).stream()
                .map(row -> row.get("territory_code"))
                .collect(Collectors.toSet());
        assertThat(codes)
                .contains("93048")
                .allSatisfy(code -> assertThat(code).isIn("DEP-93", "93048", "93008", "200057867"));
    }

    @Test
    void refusesAnUnknownScopeCode(@TempDir Path dir) {
        assertThatThrownBy(() -> run(1, "99", 5, dir))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("99");
    }

    @Test
    void refusesAnEmptyRegistry(@TempDir Path dir) {
        try (Store empty = Store.inMemory()) {
            var settings = new SimulationSettings(
                    1, new SimulationScope.France(), 5, UNTIL, List.of(java.time.Duration.ofHours(1)));
            assertThatThrownBy(() ->
                            new Simulator(new SimulationInputs(empty)).run(settings, dir, SimulationProgress.none()))
                    .isInstanceOf(VigieException.class)
                    .hasMessageContaining("registry is empty");
        }
    }
}
