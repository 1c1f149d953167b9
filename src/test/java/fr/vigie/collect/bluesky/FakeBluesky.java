package fr.vigie.collect.bluesky;

import fr.vigie.collect.ScriptedServer;
import java.io.IOException;
import java.util.Map;

/** A local Bluesky AppView answering scripted replies in order, and recording what was asked. */
public final class FakeBluesky extends ScriptedServer {
    public FakeBluesky() throws IOException {
        super("/xrpc/");
    }

    /** A 200 answer with a fixture of src/test/resources/collect/bluesky/. */
    public static Reply fixture(String name) {
        return Reply.fixture("/collect/bluesky/" + name, Map.of());
    }

    /** An XRPC error answer. */
    public static Reply status(int status, Map<String, String> headers) {
        return Reply.status(status, headers, "{\"error\":\"E" + status + "\",\"message\":\"scripted\"}");
    }

    public FakeBluesky then(Reply... next) {
        queue(next);
        return this;
    }

    /** The profile and the two pages of the feed. */
    public FakeBluesky wholeFeed() {
        return then(fixture("profile.json"), fixture("feed-page-1.json"), fixture("feed-page-2.json"));
    }
}
