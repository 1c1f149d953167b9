package fr.vigie.store;

/** A store operation failed; the message names what and why, never a secret. */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
