package fr.vigie.member;

import fr.vigie.store.MemberSessionTable;
import fr.vigie.store.MemberSessionTable.SessionRow;
import fr.vigie.store.MemberTable;
import fr.vigie.store.MemberTable.UserRow;
import fr.vigie.store.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The member space's front door: users, sign-in, sessions. Web routes call it and hold no logic:
 * they put {@link Session#token()} in a cookie, resolve it with {@link #session}, and check forms
 * with {@link Session#csrfMatches}.
 */
public final class MemberService {
    public static final Duration IDLE_TIMEOUT = Duration.ofHours(2);
    public static final Duration ABSOLUTE_TIMEOUT = Duration.ofHours(12);

    private final Store store;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final SignInThrottle throttle;
    private final UserDirectory users;
    private final MemberSessionTable sessions;
    private @Nullable String dummyHash;

    public MemberService(Store store, PasswordHasher hasher, Clock clock) {
        this(store, hasher, clock, new SignInThrottle(store, clock));
    }

    public MemberService(Store store, PasswordHasher hasher, Clock clock, SignInThrottle throttle) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
        this.throttle = throttle;
        this.users = new UserDirectory(store, hasher, clock);
        this.sessions = new MemberSessionTable(store);
    }

    /**
     * Creates a user after checking the email, the password (12 characters or more), and that a
     * member's territory exists (the other roles have none). @throws fr.vigie.VigieException naming the field
     */
    public Member create(NewUser user, char[] password) {
        return users.create(user, password);
    }

    /** Every user, by email. */
    public List<Member> users() {
        return users.list();
    }

    /** The user with this email (any case), if any. */
    public Optional<Member> user(String email) {
        return users.row(email).map(UserDirectory::member);
    }

    /** @param territoryCode the new territory of a member (kept when null); must be null for other roles */
    public Member changeRole(String email, Role role, @Nullable String territoryCode) {
        return users.changeRole(email, role, territoryCode);
    }

    public Member disable(String email) {
        return users.disable(email);
    }

    /**
     * Signs in with a fresh session (a new id every time: the caller drops any previous cookie).
     * An unknown email still costs one password derivation, so timing does not tell which emails exist.
     *
     * @param address the client's address, for throttling
     */
    public SignInResult signIn(String email, char[] password, String address) {
        String key = UserDirectory.normaliseEmail(email);
        Optional<Instant> retryAfter = throttle.retryAfter(key, address);
        if (retryAfter.isPresent()) {
            return new SignInResult.Throttled(retryAfter.get());
        }
        Optional<UserRow> user = users.row(key);
        boolean matches =
                hasher.verify(password, user.map(UserRow::passwordHash).orElseGet(this::dummyHash));
        boolean succeeded = matches && user.isPresent() && !user.get().disabled();
        throttle.record(key, address, succeeded);
        if (!succeeded) {
            return new SignInResult.Rejected();
        }
        UserRow row = user.get();
        if (hasher.needsRehash(row.passwordHash())) {
            new MemberTable(store).setPasswordHash(row.userId(), hasher.hash(password));
        }
        Instant now = clock.instant();
        sessions.deleteEnded(now, now.minus(IDLE_TIMEOUT)); // ended sessions nobody presents again
        String token = SessionTokens.random();
        var session = new SessionRow(
                SessionTokens.sessionId(token),
                row.userId(),
                SessionTokens.random(),
                now,
                now,
                now.plus(ABSOLUTE_TIMEOUT));
        sessions.insert(session);
        return new SignInResult.SignedIn(
                new Session(token, UserDirectory.member(row), session.csrfToken(), session.expiresAt()));
    }

    /**
     * The session of a cookie token, touched as seen now; empty when unknown, idle for more than
     * {@link #IDLE_TIMEOUT}, past {@link #ABSOLUTE_TIMEOUT}, or its user disabled (an ended session
     * is deleted).
     */
    public Optional<Session> session(String token) {
        String id = SessionTokens.sessionId(token);
        Optional<SessionRow> found = sessions.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionRow row = found.get();
        Instant now = clock.instant();
        Optional<UserRow> user = new MemberTable(store).byId(row.userId());
        boolean ended = !now.isBefore(row.expiresAt())
                || !now.isBefore(row.lastSeenAt().plus(IDLE_TIMEOUT))
                || user.isEmpty()
                || user.get().disabled();
        if (ended) {
            sessions.delete(id);
            return Optional.empty();
        }
        sessions.touch(id, now);
        return Optional.of(new Session(token, UserDirectory.member(user.get()), row.csrfToken(), row.expiresAt()));
    }

    /** Ends the session of a cookie token (nothing happens for an unknown one). */
    public void signOut(String token) {
        sessions.delete(SessionTokens.sessionId(token));
    }

    /** A hash no password matches in practice, derived once, for the unknown-email path. */
    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hasher.hash(SessionTokens.random().toCharArray());
        }
        return dummyHash;
    }
}
