package fr.vigie.member;

import java.time.Instant;

/** How a sign-in ended. A wrong email, a wrong password and a disabled user look alike from outside. */
public sealed interface SignInResult {
    /** Signed in: set {@code session.token()} as the cookie, forget any previous session cookie. */
    record SignedIn(Session session) implements SignInResult {}

    /** Unknown email, wrong password or disabled user; say only "email or password is wrong". */
    record Rejected() implements SignInResult {}

    /** Too many failures for this email or address: refused without checking the password. */
    record Throttled(Instant retryAfter) implements SignInResult {
        /** The message to show, e.g. "retry after 2026-11-29T22:15:00Z". */
        public String message() {
            return "too many failed sign-ins: retry after " + retryAfter;
        }
    }
}
