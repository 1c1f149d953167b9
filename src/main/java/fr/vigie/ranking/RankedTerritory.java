package fr.vigie.ranking;

import org.jspecify.annotations.Nullable;

/**
 * One territory of a palmarès: its raw place and, for KPIs where it makes sense, its place per
 * 1,000 inhabitants, each with its own rank.
 *
 * @param perCapita null when the KPI has no per-capita view
 * @param simulated whether its value was computed from simulated data
 */
public record RankedTerritory(
        String code,
        String name,
        @Nullable Long population,
        @Nullable Integer populationMillesime,
        Place raw,
        @Nullable Place perCapita,
        boolean simulated) {}
