package fr.vigie.collect;

/** The collection of one account failed; the message is the reason printed to the user. */
public class CollectFailure extends RuntimeException {
    public CollectFailure(String reason) {
        super(reason);
    }

    public CollectFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
