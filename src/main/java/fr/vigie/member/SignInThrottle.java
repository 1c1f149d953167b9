package fr.vigie.member;

import fr.vigie.store.SignInAttemptTable;
import fr.vigie.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Limits password guessing: at most {@code perEmail} failures per email and {@code perAddress} per
 * client address within a sliding window. A success clears the email's count (the person is back)
 * but not the address's (one attacker's own account must not reset their guesses at others).
 */
public final class SignInThrottle {
    public static final int FAILURES_PER_EMAIL = 5;
    public static final int FAILURES_PER_ADDRESS = 20;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final SignInAttemptTable attempts;
    private final Clock clock;
    private final int perEmail;
    private final int perAddress;
    private final Duration window;

    public SignInThrottle(Store store, Clock clock) {
        this(store, clock, FAILURES_PER_EMAIL, FAILURES_PER_ADDRESS, WINDOW);
    }

    public SignInThrottle(Store store, Clock clock, int perEmail, int perAddress, Duration window) {
        this.attempts = new SignInAttemptTable(store);
        this.clock = clock;
        this.perEmail = perEmail;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** When the email or address may try again, or empty when it may try now. */
    public Optional<Instant> retryAfter(String email, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        Optional<Instant> byEmail = limit(attempts.failuresSince(emailKey(email), since, true), perEmail);
        Optional<Instant> byAddress = limit(attempts.failuresSince(addressKey(address), since, false), perAddress);
        return byEmail.isEmpty()
                ? byAddress
                : byAddress.filter(at -> at.isAfter(byEmail.get())).or(() -> byEmail);
    }

    /** Records an attempt that went as far as the password check. */
    public void record(String email, String address, boolean succeeded) {
        Instant now = clock.instant();
        attempts.forgetBefore(now.minus(window));
        attempts.record(emailKey(email), now, succeeded);
        attempts.record(addressKey(address), now, succeeded);
    }

    /** With {@code limit} failures or more in the window, the moment enough of them fall out of it. */
    private Optional<Instant> limit(List<Instant> failures, int limit) {
        if (failures.size() < limit) {
            return Optional.empty();
        }
        return Optional.of(failures.get(failures.size() - limit).plus(window));
    }

    private static String emailKey(String email) {
        return "email:" + email;
    }

    private static String addressKey(String address) {
        return "ip:" + address;
    }
}
