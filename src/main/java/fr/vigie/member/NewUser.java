package fr.vigie.member;

import org.jspecify.annotations.Nullable;

/**
 * A user to create; {@link MemberService#create} validates every field.
 *
 * @param territoryCode required for {@link Role#MEMBER}, refused for the other roles
 */
public record NewUser(
        String email,
        @Nullable String displayName,
        Role role,
        @Nullable String territoryCode) {}
