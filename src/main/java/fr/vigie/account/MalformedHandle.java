package fr.vigie.account;

import fr.vigie.VigieException;

/** What a person wrote cannot be a handle of that network; the reason says what is wrong. */
public record MalformedHandle(Network network, String input, String reason) implements HandleCheck {
    @Override
    public ProfileHandle orThrow() {
        throw new VigieException("malformed " + network + " handle '" + input + "': " + reason);
    }
}
