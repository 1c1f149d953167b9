package fr.vigie.collect.meta;

import fr.vigie.collect.CollectFailure;
import fr.vigie.store.RawItemTable;
import fr.vigie.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Instagram's limit on hashtag search: {@value #UNIQUE_PER_WINDOW} unique hashtags per business
 * account in any 7 days. Searching a hashtag already searched in the window costs nothing; the 31st
 * new one is refused before any request. The hashtags searched are known from the archive (each
 * search is archived under the label {@code ig_hashtag_search:<tag>}, so counting distinct labels of
 * the last 7 days counts distinct hashtags across runs) and from this process's own searches.
 */
public final class HashtagBudget {
    public static final int UNIQUE_PER_WINDOW = 30;
    public static final Duration WINDOW = Duration.ofDays(7);

    private final Clock clock;
    private final Function<Instant, Set<String>> archivedSince;
    private final Map<String, Instant> searched = new HashMap<>();

    /** {@code archivedSince} gives the hashtags whose search was archived since an instant. */
    public HashtagBudget(Clock clock, Function<Instant, Set<String>> archivedSince) {
        this.clock = clock;
        this.archivedSince = archivedSince;
    }

    /** A budget reading the searches archived in {@code raw_item} under network {@code instagram}. */
    public static HashtagBudget fromArchive(Store store, Clock clock) {
        var raw = new RawItemTable(store);
        return new HashtagBudget(clock, since -> {
            Set<String> tags = new TreeSet<>();
            for (String endpoint : raw.requestsSince("instagram", since).keySet()) {
                if (endpoint.startsWith(InstagramHashtags.SEARCH + ":")) {
                    tags.add(endpoint.substring(InstagramHashtags.SEARCH.length() + 1));
                }
            }
            return tags;
        });
    }

    /** The distinct hashtags searched in the last 7 days. */
    public synchronized Set<String> searchedInWindow() {
        Instant start = clock.instant().minus(WINDOW);
        Set<String> tags = new TreeSet<>(archivedSince.apply(start));
        searched.forEach((tag, at) -> {
            if (!at.isBefore(start)) {
                tags.add(tag);
            }
        });
        return tags;
    }

    /** How many new hashtags may still be searched now. */
    public synchronized int remaining() {
        return Math.max(0, UNIQUE_PER_WINDOW - searchedInWindow().size());
    }

    /** Records a search of {@code tag} (normalised), or refuses it when it would be the 31st. */
    public synchronized void reserve(String tag) {
        Set<String> known = searchedInWindow();
        if (!known.contains(tag) && known.size() >= UNIQUE_PER_WINDOW) {
            throw new CollectFailure("Instagram allows " + UNIQUE_PER_WINDOW + " unique hashtags per 7 days per"
                    + " business account and " + known.size() + " were searched since "
                    + clock.instant().minus(WINDOW) + "; #" + tag + " is refused: search one of " + known
                    + " or wait");
        }
        searched.put(tag, clock.instant());
    }
}
