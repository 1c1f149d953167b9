package fr.vigie.territory;

import org.jspecify.annotations.Nullable;

/**
 * One rule of the categories file: a territory of this kind (and EPCI type, when given) whose
 * population lies within the inclusive bounds (null: unbounded) belongs to the category, unless an
 * earlier rule (smaller position) matched it first. A territory without population counts as 0.
 */
public record CategoryRule(
        int position,
        String category,
        String label,
        TerritoryKind kind,
        @Nullable String epciType,
        @Nullable Long minPopulation,
        @Nullable Long maxPopulation) {}
