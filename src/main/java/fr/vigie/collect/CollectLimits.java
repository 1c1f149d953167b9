package fr.vigie.collect;

import fr.vigie.VigieException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The limits a collection run applies per network, from settings: {@code VIGIE_<NETWORK>_CONCURRENCY}
 * accounts fetched at once (default {@link #DEFAULT_CONCURRENCY}; the rate pacing keeps the rate
 * legal whatever the concurrency) and {@code VIGIE_<NETWORK>_MAX_REQUESTS} requests per run (no limit
 * by default). {@code <NETWORK>} is the network name in upper case, e.g. {@code VIGIE_BLUESKY_MAX_REQUESTS}.
 */
public record CollectLimits(Map<String, String> settings, int defaultConcurrency) {
    public static final int DEFAULT_CONCURRENCY = 8;

    public CollectLimits {
        // only these settings are kept: the environment also holds secrets, which a record would print
        settings = settings.entrySet().stream()
                .filter(e -> e.getKey().startsWith("VIGIE_")
                        && (e.getKey().endsWith("_CONCURRENCY") || e.getKey().endsWith("_MAX_REQUESTS")))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The limits the environment (merged with the secrets file) sets. */
    public static CollectLimits fromEnvironment(Map<String, String> env) {
        return new CollectLimits(env, DEFAULT_CONCURRENCY);
    }

    /** One account at a time and no budget, whatever the environment. */
    public static CollectLimits sequential() {
        return new CollectLimits(Map.of(), 1);
    }

    public static String concurrencySetting(String network) {
        return "VIGIE_" + network.toUpperCase(Locale.ROOT) + "_CONCURRENCY";
    }

    public static String maxRequestsSetting(String network) {
        return "VIGIE_" + network.toUpperCase(Locale.ROOT) + "_MAX_REQUESTS";
    }

    /** How many accounts of {@code network} are fetched at once. */
    public int concurrency(String network) {
        Long value = positive(concurrencySetting(network), 1_000);
        return value == null ? defaultConcurrency : value.intValue();
    }

    /** The requests {@code network} may send in one run, or null when unlimited. */
    public @Nullable Long maxRequests(String network) {
        return positive(maxRequestsSetting(network), Long.MAX_VALUE);
    }

    /** A fresh budget for one run of {@code network}. */
    public RequestBudget budget(String network) {
        return new RequestBudget(network, maxRequests(network));
    }

    private @Nullable Long positive(String name, long max) {
        String text = settings.get(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the setting's name
        }
        throw new VigieException(
                "setting " + name + " is '" + text.strip() + "': give a whole number from 1 to " + max);
    }
}
