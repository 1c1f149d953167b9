package fr.vigie.collect.youtube;

import fr.vigie.collect.ScriptedServer;
import java.io.IOException;
import java.util.Map;

/** A local YouTube Data API (under /youtube/v3/) answering scripted replies in order, recording what was asked. */
final class FakeYouTube extends ScriptedServer {
    FakeYouTube() throws IOException {
        super("/youtube/v3/");
    }

    /** The base URL to configure, as VIGIE_YOUTUBE_URL would be. */
    String baseUrl() {
        return url() + "/youtube/v3";
    }

    /** A 200 answer with a fixture of src/test/resources/collect/youtube/. */
    static Reply fixture(String name) {
        return Reply.fixture("/collect/youtube/" + name, Map.of());
    }

    /** An error answer whose body is a fixture (a Google API error object). */
    static Reply error(int status, String name, Map<String, String> headers) {
        Reply body = fixture(name);
        Map<String, String> all = new java.util.HashMap<>(body.headers());
        all.putAll(headers);
        return new Reply(status, all, body.body());
    }

    FakeYouTube then(Reply... next) {
        queue(next);
        return this;
    }

    /**
     * The whole channel: channel, two playlist pages, one videos answer, then the comment threads of
     * the three videos that may have comments (newest first): two pages, comments disabled, an empty page.
     */
    FakeYouTube wholeChannel() {
        return then(
                fixture("channel.json"),
                fixture("playlist-page-1.json"),
                fixture("playlist-page-2.json"),
                fixture("videos.json"),
                fixture("threads-page-1.json"),
                fixture("threads-page-2.json"),
                error(403, "error-comments-disabled.json", Map.of()),
                fixture("threads-empty.json"));
    }
}
