package fr.vigie.account;

/**
 * The outcome of normalising what a person wrote for an account (a handle or a profile URL): either
 * the normalised handle with its canonical profile URL, or the reason why it cannot be one.
 */
public sealed interface HandleCheck permits ProfileHandle, MalformedHandle {
    /** The normalised handle; a {@link fr.vigie.VigieException} naming the reason when malformed. */
    ProfileHandle orThrow();
}
