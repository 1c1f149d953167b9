package fr.vigie.collect.youtube;

import fr.vigie.collect.CollectFailure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;

/**
 * The daily quota of the API key, in units, never exceeded: before each request its cost is added to
 * the units used today (the Pacific day: the quota resets at midnight America/Los_Angeles), counted
 * from the requests archived since the day began plus those of the running fetch. One instance per
 * fetch, so that each account starts from what the archive holds.
 *
 * <p>Costs follow the official table (https://developers.google.com/youtube/v3/determine_quota_cost):
 * every {@code list} method used here costs 1 unit, except {@code search.list} (100 units, used only
 * by account discovery); any other endpoint is counted as 1, the least any request costs, even an
 * invalid one.
 */
final class YouTubeQuota {
    static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");
    private static final Map<String, Long> UNITS = Map.of(
            YouTubeConnector.CHANNELS, 1L,
            YouTubeConnector.PLAYLIST_ITEMS, 1L,
            YouTubeConnector.VIDEOS, 1L,
            YouTubeConnector.COMMENT_THREADS, 1L,
            YouTubeChannelSearch.SEARCH, 100L);

    private final long dailyUnits;
    private final Function<Instant, Map<String, Long>> archivedRequestsSince;
    private LocalDate day = LocalDate.MIN;
    private long used;

    /** {@code archivedRequestsSince} gives the archived requests per endpoint since an instant. */
    YouTubeQuota(long dailyUnits, Function<Instant, Map<String, Long>> archivedRequestsSince) {
        this.dailyUnits = dailyUnits;
        this.archivedRequestsSince = archivedRequestsSince;
    }

    /** The instant the Pacific day of {@code now} began. */
    static Instant dayStart(Instant now) {
        return now.atZone(PACIFIC).toLocalDate().atStartOfDay(PACIFIC).toInstant();
    }

    static long cost(String endpoint) {
        return UNITS.getOrDefault(endpoint, 1L);
    }

    /** The units the requests counted per endpoint cost. */
    static long units(Map<String, Long> requestsPerEndpoint) {
        return requestsPerEndpoint.entrySet().stream()
                .mapToLong(e -> cost(e.getKey()) * e.getValue())
                .sum();
    }

    /** Counts one request of {@code endpoint} at {@code now}, or refuses it when it would exceed the quota. */
    void spend(String endpoint, Instant now) {
        LocalDate today = now.atZone(PACIFIC).toLocalDate();
        if (!today.equals(day)) {
            day = today;
            used = units(archivedRequestsSince.apply(dayStart(now)));
        }
        long cost = cost(endpoint);
        if (used + cost > dailyUnits) {
            throw reached("");
        }
        used += cost;
    }

    /** The failure that stops collection until the quota resets; {@code detail} says who noticed. */
    CollectFailure reached(String detail) {
        return new CollectFailure("YouTube daily quota of " + dailyUnits
                + " units reached; resumes after midnight Pacific time" + detail);
    }
}
