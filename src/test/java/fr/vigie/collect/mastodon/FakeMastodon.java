package fr.vigie.collect.mastodon;

import fr.vigie.collect.ScriptedServer;
import java.io.IOException;
import java.util.Map;

/** A local Mastodon instance answering scripted replies in order, and recording what was asked. */
public final class FakeMastodon extends ScriptedServer {
    /** The Link header of the first statuses page: its next page starts below status 113300000000000077. */
    public static final String LINK_TO_PAGE_2 =
            "<https://social.marseille.fr/api/v1/accounts/109302436954721982/statuses?limit=40&exclude_reblogs=true"
                    + "&max_id=113300000000000077>; rel=\"next\", <https://social.marseille.fr/api/v1/accounts/"
                    + "109302436954721982/statuses?limit=40&exclude_reblogs=true&min_id=113400000000000999>; rel=\"prev\"";

    public FakeMastodon() throws IOException {
        super("/api/");
    }

    /** A 200 answer with a fixture of src/test/resources/collect/mastodon/ and extra headers. */
    public static Reply fixture(String name, Map<String, String> headers) {
        return Reply.fixture("/collect/mastodon/" + name, headers);
    }

    public static Reply fixture(String name) {
        return fixture(name, Map.of());
    }

    /** An error answer. */
    public static Reply status(int status, Map<String, String> headers) {
        return Reply.status(status, headers, "{\"error\":\"Too many requests\"}");
    }

    public FakeMastodon then(Reply... next) {
        queue(next);
        return this;
    }

    /** The account lookup and two pages of statuses linked by a Link header. */
    public FakeMastodon wholeTimeline() {
        return then(
                fixture("account.json"),
                fixture("statuses-page-1.json", Map.of("Link", LINK_TO_PAGE_2)),
                fixture(
                        "statuses-page-2.json",
                        Map.of(
                                "Link",
                                "<https://social.marseille.fr/api/v1/accounts/109302436954721982/statuses"
                                        + "?min_id=113200000000000001>; rel=\"prev\"")));
    }
}
