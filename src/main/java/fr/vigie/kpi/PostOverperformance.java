package fr.vigie.kpi;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How a post did against its account's usual posts of the same type, measured at the same post age
 * (docs/methodology.md, "Overperformance of a post").
 *
 * @param ageHours the post age of the observation used, in hours (near the requested age)
 * @param interactions interactions at that age
 * @param expected interquartile mean of the account's previous 100 measured posts of the type, or
 *     null with fewer than {@value BestPosts#MIN_BASELINE_POSTS} of them
 * @param overperformance actual ÷ expected at or above expectation, −expected ÷ actual below,
 *     −2 × expected at zero; null without expectation or with an expectation of 0
 */
public record PostOverperformance(
        String network,
        String postId,
        String accountId,
        String territoryCode,
        String territoryName,
        @Nullable String category,
        String type,
        Instant publishedAt,
        @Nullable String url,
        double ageHours,
        long interactions,
        @Nullable Double expected,
        long baselinePosts,
        @Nullable Double overperformance,
        @Nullable Integer populationMillesime,
        boolean simulated) {}
