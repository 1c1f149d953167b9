package fr.vigie.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Table {@code member_session}: open sessions, stored under the SHA-256 of their cookie token. */
public final class MemberSessionTable {
    /** One session; {@code sessionId} is the token's hash, never the token. */
    public record SessionRow(
            String sessionId,
            String userId,
            String csrfToken,
            Instant createdAt,
            Instant lastSeenAt,
            Instant expiresAt) {}

    private final Store store;

    public MemberSessionTable(Store store) {
        this.store = store;
    }

    public void insert(SessionRow session) {
        Jdbc.update(
                store,
                "INSERT INTO member_session VALUES (?, ?, ?, ?, ?, ?)",
                session.sessionId(),
                session.userId(),
                session.csrfToken(),
                session.createdAt(),
                session.lastSeenAt(),
                session.expiresAt());
    }

    public Optional<SessionRow> find(String sessionId) {
        List<SessionRow> rows = Jdbc.query(
                store,
                "SELECT * FROM member_session WHERE session_id = ?",
                row -> new SessionRow(
                        row.getString("session_id"),
                        row.getString("user_id"),
                        row.getString("csrf_token"),
                        Jdbc.instant(row, "created_at"),
                        Jdbc.instant(row, "last_seen_at"),
                        Jdbc.instant(row, "expires_at")),
                sessionId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    public void touch(String sessionId, Instant seenAt) {
        Jdbc.update(store, "UPDATE member_session SET last_seen_at = ? WHERE session_id = ?", seenAt, sessionId);
    }

    public void delete(String sessionId) {
        Jdbc.update(store, "DELETE FROM member_session WHERE session_id = ?", sessionId);
    }

    /** Ends every session of a user, e.g. when their role changes or they are disabled. */
    public void deleteAllOf(String userId) {
        Jdbc.update(store, "DELETE FROM member_session WHERE user_id = ?", userId);
    }

    /** Deletes the sessions past their absolute end or idle since before {@code idleBefore}. */
    public void deleteEnded(Instant now, Instant idleBefore) {
        Jdbc.update(store, "DELETE FROM member_session WHERE expires_at <= ? OR last_seen_at <= ?", now, idleBefore);
    }

    public long countOf(String userId) {
        return Jdbc.queryLong(store, "SELECT count(*) FROM member_session WHERE user_id = ?", userId);
    }
}
