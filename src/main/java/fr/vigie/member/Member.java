package fr.vigie.member;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A user of the member space, as the rest of the product sees it (never with their password hash).
 *
 * @param territoryCode the territory a {@link Role#MEMBER} belongs to; null for the other roles
 */
public record Member(
        String userId,
        String email,
        @Nullable String displayName,
        Role role,
        @Nullable String territoryCode,
        Instant createdAt,
        boolean disabled) {

    /** The value written in the {@code source} of what this user changes: {@code member:<user_id>}. */
    public String source() {
        return "member:" + userId;
    }
}
