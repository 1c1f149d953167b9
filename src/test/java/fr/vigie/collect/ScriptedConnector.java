package fr.vigie.collect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A connector for tests of the collection service (status, watermarks, lifecycle, privacy), whose
 * platform answers are queued JSON documents of a small shape of its own; connectors themselves are
 * tested against local HTTP servers.
 */
final class ScriptedConnector implements Connector {
    private static final ObjectMapper JSON = new ObjectMapper();

    final Deque<Object> script = new ArrayDeque<>();
    final List<@Nullable Instant> sinceAsked = new ArrayList<>();

    @Nullable String missingSetting;

    private final StepClock clock;

    ScriptedConnector(StepClock clock) {
        this.clock = clock;
    }

    /** Queues the next answer: a JSON document, or a failure to throw. */
    ScriptedConnector then(Object answer) {
        script.add(answer);
        return this;
    }

    @Override
    public String network() {
        return "bluesky";
    }

    @Override
    public @Nullable String missingSetting() {
        return missingSetting;
    }

    @Override
    public void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive) {
        sinceAsked.add(since);
        Object next = script.removeFirst();
        if (next instanceof CollectFailure failure) {
            throw failure;
        }
        archive.accept(new RawResponse(
                "scripted", "application/json", ((String) next).getBytes(StandardCharsets.UTF_8), clock.instant()));
    }

    @Override
    public Collected map(
            CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt) {
        JsonNode doc;
        try {
            doc = JSON.readTree(responses.getFirst().body());
        } catch (IOException e) {
            throw new CollectFailure("malformed JSON", e);
        }
        var snapshot = new Collected.Snapshot(
                fetchedAt,
                text(doc, "id"),
                text(doc, "handle"),
                doc.path("followers").asLong(),
                null,
                null);
        List<Collected.Post> posts = new ArrayList<>();
        for (JsonNode p : doc.path("posts")) {
            Instant at = Instant.parse(p.path("at").asText());
            if (since == null || !at.isBefore(since)) {
                posts.add(new Collected.Post(
                        p.path("id").asText(),
                        at,
                        "text",
                        "hello",
                        null,
                        List.of(),
                        fetchedAt,
                        p.path("likes").asLong(),
                        null,
                        null,
                        null));
            }
        }
        List<Collected.Comment> comments = new ArrayList<>();
        for (JsonNode c : doc.path("comments")) {
            comments.add(new Collected.Comment(
                    c.path("id").asText(),
                    c.path("post").asText(),
                    null,
                    c.path("author").asText(),
                    c.path("own").asBoolean(),
                    Instant.parse(c.path("at").asText()),
                    "a reply",
                    null));
        }
        List<Collected.Mention> mentions = new ArrayList<>();
        for (JsonNode m : doc.path("mentions")) {
            mentions.add(new Collected.Mention(
                    m.path("post").asText(),
                    m.path("to").asText(),
                    Collected.MentionKind.MENTION,
                    Instant.parse(m.path("at").asText())));
        }
        return new Collected(snapshot, posts, comments, mentions);
    }

    private static @Nullable String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
