package fr.vigie;

/**
 * A failure the user can fix (an unknown territory, an unreadable file, a missing setting), with a
 * message that names what to change. The CLI prints it as one line; the web maps it to a 4xx.
 */
public class VigieException extends RuntimeException {
    public VigieException(String message) {
        super(message);
    }

    public VigieException(String message, Throwable cause) {
        super(message, cause);
    }
}
