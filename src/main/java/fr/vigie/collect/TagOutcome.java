package fr.vigie.collect;

/** How the collection of one hashtag on one network ended. */
public sealed interface TagOutcome {
    String network();

    String tag();

    /**
     * Collected: {@code found} posts carried the tag, of which {@code ownAccounts} came from registered
     * accounts (skipped) and {@code added} were not stored yet, written for {@code territoryCode}.
     */
    record Done(String network, String tag, String territoryCode, int found, int ownAccounts, int added)
            implements TagOutcome {}

    /** Not collected; the raw responses received stay archived. */
    record Failed(String network, String tag, String reason) implements TagOutcome {}
}
