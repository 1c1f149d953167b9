package fr.vigie.member;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A signed-in session as a request sees it.
 *
 * @param token the raw token for the cookie (only known right after sign-in; the store keeps its
 *     SHA-256 only)
 * @param csrfToken to embed in forms and compare with {@link #csrfMatches}
 * @param expiresAt the absolute end; the session also ends after the idle timeout
 */
public record Session(String token, Member user, String csrfToken, Instant expiresAt) {
    /** Whether a form's CSRF token is this session's, compared in constant time. */
    public boolean csrfMatches(String presented) {
        return MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Session[user=" + user.userId() + ", expiresAt=" + expiresAt + "]"; // never print the tokens
    }
}
