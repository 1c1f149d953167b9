package fr.vigie.member;

/** What a signed-in person may ask the member space to do; {@link Permissions} says who may. */
public enum Action {
    /** Create users, change their role, disable them. */
    MANAGE_USERS,
    /** See a territory's detailed dashboard. */
    VIEW_DASHBOARD,
    /** Download a territory's detailed tables. */
    DOWNLOAD,
    /** Add or remove a territory's registered accounts. */
    MANAGE_ACCOUNTS,
    /** Read and score the award entries (award pages come later). */
    JUDGE_AWARDS
}
