package fr.vigie.collect;

/** How the collection of one account ended. */
public sealed interface AccountOutcome {
    String accountId();

    /**
     * Collected: {@code posts} mapped, of which {@code newPosts} were not stored yet, and
     * {@code comments} replies or comments, of which {@code newComments} were new.
     */
    record Done(String accountId, int posts, int newPosts, int comments, int newComments) implements AccountOutcome {}

    /** Not collected; nothing but the raw responses and the failure in the account's status was stored. */
    record Failed(String accountId, String reason) implements AccountOutcome {}
}
