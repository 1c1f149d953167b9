package fr.vigie.member;

import fr.vigie.VigieException;

/** A signed-in user asked for something their role does not allow (the web answers 403). */
public final class NotPermitted extends VigieException {
    public NotPermitted(String message) {
        super(message);
    }
}
