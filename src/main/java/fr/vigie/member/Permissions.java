package fr.vigie.member;

import org.jspecify.annotations.Nullable;

/** Who may do what, where: the one place routes and services ask. */
public final class Permissions {
    private Permissions() {}

    /**
     * Whether the user may perform the action on the territory (null when the action concerns no
     * territory, e.g. managing users). A disabled user may do nothing; a member may act on its own
     * territory only.
     */
    public static boolean can(Member user, Action action, @Nullable String territoryCode) {
        if (user.disabled()) {
            return false;
        }
        return switch (user.role().reach(action)) {
            case NOWHERE -> false;
            case ANY_TERRITORY -> true;
            case OWN_TERRITORY -> territoryCode != null && territoryCode.equals(user.territoryCode());
        };
    }
}
