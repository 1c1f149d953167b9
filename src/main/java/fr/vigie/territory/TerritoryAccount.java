package fr.vigie.territory;

import org.jspecify.annotations.Nullable;

/** An account registered for a territory, as shown on its card. */
public record TerritoryAccount(
        String network,
        String handle,
        String role,
        @Nullable String theme,
        String status) {}
