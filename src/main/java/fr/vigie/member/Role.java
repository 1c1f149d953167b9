package fr.vigie.member;

import fr.vigie.VigieException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The roles of the member space and what each may do, and where: on every territory, on the
 * member's own territory only, or not at all.
 */
public enum Role {
    /** Manages users; sees and downloads everything and may manage any territory's accounts. */
    ADMIN(Map.of(
            Action.MANAGE_USERS, Reach.ANY_TERRITORY,
            Action.VIEW_DASHBOARD, Reach.ANY_TERRITORY,
            Action.DOWNLOAD, Reach.ANY_TERRITORY,
            Action.MANAGE_ACCOUNTS, Reach.ANY_TERRITORY)),
    /** Sees every dashboard and downloads every table. */
    ANALYST(Map.of(Action.VIEW_DASHBOARD, Reach.ANY_TERRITORY, Action.DOWNLOAD, Reach.ANY_TERRITORY)),
    /** Judges the awards. */
    JURY(Map.of(Action.JUDGE_AWARDS, Reach.ANY_TERRITORY)),
    /** A territory's officer: its own dashboard, downloads and accounts list. */
    MEMBER(Map.of(
            Action.VIEW_DASHBOARD, Reach.OWN_TERRITORY,
            Action.DOWNLOAD, Reach.OWN_TERRITORY,
            Action.MANAGE_ACCOUNTS, Reach.OWN_TERRITORY));

    /** Where a role may perform an action. */
    public enum Reach {
        NOWHERE,
        OWN_TERRITORY,
        ANY_TERRITORY
    }

    private final Map<Action, Reach> reach;

    Role(Map<Action, Reach> reach) {
        this.reach = reach;
    }

    public Reach reach(Action action) {
        return reach.getOrDefault(action, Reach.NOWHERE);
    }

    /** Only members belong to a territory; the other roles see across territories. */
    public boolean belongsToTerritory() {
        return this == MEMBER;
    }

    /** The id as stored and typed: admin, analyst, jury, member. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws VigieException naming the accepted roles */
    public static Role parse(String text) {
        String id = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(role -> role.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new VigieException("role: '" + text + "' is not a role; use one of "
                        + Arrays.stream(values()).map(Role::id).collect(Collectors.joining(", "))));
    }
}
