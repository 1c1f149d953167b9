package fr.vigie.collect.x;

import fr.vigie.collect.ScriptedServer;
import java.io.IOException;
import java.util.Map;

/** A local X API v2 answering scripted replies in order, and recording what was asked. */
public final class FakeX extends ScriptedServer {
    public FakeX() throws IOException {
        super("/2/");
    }

    /** The base URL the connector is given, as {@code https://api.x.com/2}. */
    public String baseUrl() {
        return url() + "/2";
    }

    /** A 200 answer with a fixture of src/test/resources/collect/x/ and extra headers. */
    public static Reply fixture(String name, Map<String, String> headers) {
        return Reply.fixture("/collect/x/" + name, headers);
    }

    public static Reply fixture(String name) {
        return fixture(name, Map.of());
    }

    /** An error answer whose body is a fixture (X's problem objects). */
    public static Reply status(int status, String fixture, Map<String, String> headers) {
        return new Reply(status, headers, fixture(fixture).body());
    }

    public FakeX then(Reply... next) {
        queue(next);
        return this;
    }

    /** The user lookup and two pages of posts linked by {@code meta.next_token}. */
    public FakeX wholeTimeline() {
        return then(fixture("user.json"), fixture("tweets-page-1.json"), fixture("tweets-page-2.json"));
    }
}
