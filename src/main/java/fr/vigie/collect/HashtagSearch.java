package fr.vigie.collect;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One platform's search of citizens' public posts under a hashtag, built like a {@link Connector}:
 * {@link #fetchTag} does the I/O and hands every response to the archive as soon as it arrives (never a
 * response carrying credentials); {@link #mapTag} is pure and reads only each response's endpoint and
 * body, so that archived responses can be replayed.
 */
public interface HashtagSearch {
    /** The network name as stored in table {@code account}, e.g. {@code bluesky}. */
    String network();

    /** The value of column {@code source} of the rows written. */
    default String source() {
        return "collect:" + network() + ":hashtag";
    }

    /** The name of a setting the search needs and did not get, or null when it can run. */
    default @Nullable String missingSetting() {
        return null;
    }

    /** Fetches the public posts carrying {@code #tag} (stored form: lower case, no '#') since {@code since}. */
    void fetchTag(String tag, @Nullable Instant since, Consumer<RawResponse> archive);

    /** Maps the responses of one fetch of {@code tag}: posts carrying the tag, published since {@code since}. */
    List<CitizenPost> mapTag(String tag, List<RawResponse> responses, @Nullable Instant since);
}
