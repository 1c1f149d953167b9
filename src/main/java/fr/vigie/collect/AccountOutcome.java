package fr.vigie.collect;

/** How the collection of one account ended. */
public sealed interface AccountOutcome {
    String accountId();

    /** Collected: {@code posts} mapped, of which {@code newPosts} were not stored yet. */
    record Done(String accountId, int posts, int newPosts) implements AccountOutcome {}

    /** Not collected; nothing but the raw responses was stored. */
    record Failed(String accountId, String reason) implements AccountOutcome {}
}
