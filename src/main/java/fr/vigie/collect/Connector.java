package fr.vigie.collect;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One platform's collection: {@link #fetch} does the I/O and hands every raw response to the
 * archive as soon as it arrives; {@link #map} is pure and turns the archived responses into rows.
 * Both throw {@link CollectFailure} with a reason when the platform refuses or answers nonsense.
 */
public interface Connector {
    /** The network name as stored in table {@code account}, e.g. {@code bluesky}. */
    String network();

    /** The value of column {@code source} of every row this connector writes. */
    default String source() {
        return "collect:" + network();
    }

    /**
     * The name of a setting this connector needs and did not get (e.g. {@code VIGIE_YOUTUBE_API_KEY}),
     * or null when it can run. A network with a missing setting is skipped, with a notice, when every
     * network is collected, and refused with that name when it is asked for.
     */
    default @Nullable String missingSetting() {
        return null;
    }

    /**
     * The endpoint labels this connector archives responses under (e.g. {@code app.bsky.actor.getProfile},
     * {@code api/v1/accounts/lookup}); saved responses are recognised by them.
     */
    default List<String> endpoints() {
        return List.of();
    }

    /** Fetches the account's profile and its posts published since {@code since} (all when null). */
    void fetch(CollectTarget account, @Nullable Instant since, Consumer<RawResponse> archive);

    /**
     * Maps the responses of one fetch, in fetch order, observed at {@code fetchedAt}. Reads only each
     * response's endpoint and body (the archive keeps no headers), so that {@code vigie remap} can
     * replay archived responses.
     */
    Collected map(CollectTarget account, List<RawResponse> responses, @Nullable Instant since, Instant fetchedAt);
}
