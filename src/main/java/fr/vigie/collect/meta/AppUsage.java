package fr.vigie.collect.meta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How long to pause after an answer, from Meta's usage headers: {@code X-App-Usage} (and the older
 * {@code X-Page-Usage}), {@code {"call_count":28,"total_time":25,"total_cputime":25}}, and
 * {@code X-Business-Use-Case-Usage}, {@code {"<id>":[{"type":"pages","call_count":95,…,
 * "estimated_time_to_regain_access":19}]}} — percentages of the rolling one-hour allowance, and
 * minutes.
 *
 * <p>The rule: below {@link #THRESHOLD} % on every figure, no pause; from 90 %, 5 minutes; from 95 %,
 * 15 minutes; at 100 % or more, an hour (the window is one rolling hour). A larger
 * {@code estimated_time_to_regain_access} wins. Never more than {@link #MAX_PAUSE}. Unreadable
 * headers mean no pause: they are advisory, the error codes remain the hard signal.
 */
public final class AppUsage {
    public static final int THRESHOLD = 90;
    public static final Duration MAX_PAUSE = Duration.ofHours(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AppUsage() {}

    /** The pause the headers ask for; each value may be null (header absent). */
    public static Duration pause(
            @Nullable String appUsage, @Nullable String pageUsage, @Nullable String businessUseCaseUsage) {
        int highest = 0;
        long regainMinutes = 0;
        for (String header : new String[] {appUsage, pageUsage}) {
            JsonNode usage = read(header);
            if (usage != null) {
                highest = Math.max(highest, highest(usage));
            }
        }
        JsonNode business = read(businessUseCaseUsage);
        if (business != null) {
            for (JsonNode entries : business) {
                for (JsonNode entry : entries) {
                    highest = Math.max(highest, highest(entry));
                    regainMinutes = Math.max(
                            regainMinutes,
                            entry.path("estimated_time_to_regain_access").asLong(0));
                }
            }
        }
        if (highest < THRESHOLD) {
            return Duration.ZERO;
        }
        Duration pause =
                highest >= 100 ? Duration.ofHours(1) : highest >= 95 ? Duration.ofMinutes(15) : Duration.ofMinutes(5);
        Duration regain = Duration.ofMinutes(regainMinutes);
        if (regain.compareTo(pause) > 0) {
            pause = regain;
        }
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private static int highest(JsonNode usage) {
        int highest = 0;
        for (String field : new String[] {"call_count", "total_time", "total_cputime"}) {
            highest = Math.max(highest, usage.path(field).asInt(0));
        }
        return highest;
    }

    private static @Nullable JsonNode read(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(header);
            return node != null && node.isObject() ? node : null;
        } catch (java.io.IOException e) {
            return null; // advisory header: an unreadable one asks for no pause
        }
    }
}
