package fr.vigie.store;

import java.time.Instant;
import java.util.List;

/** Table {@code sign_in_attempt}: recent sign-in attempts per key ('email:…' or 'ip:…'), for throttling. */
public final class SignInAttemptTable {
    private final Store store;

    public SignInAttemptTable(Store store) {
        this.store = store;
    }

    public void record(String key, Instant at, boolean succeeded) {
        Jdbc.update(
                store,
                "INSERT INTO sign_in_attempt (key, attempted_at, succeeded) VALUES (?, ?, ?)",
                key,
                at,
                succeeded);
    }

    /**
     * Times of the key's failures after {@code since}, oldest first; with {@code afterLastSuccess}
     * only the failures after the key's latest success count.
     */
    public List<Instant> failuresSince(String key, Instant since, boolean afterLastSuccess) {
        return Jdbc.query(
                store,
                "SELECT attempted_at FROM sign_in_attempt WHERE key = ? AND NOT succeeded AND attempted_at > ?"
                        + " AND (NOT ? OR attempt_id > coalesce((SELECT max(attempt_id) FROM sign_in_attempt"
                        + " WHERE key = ? AND succeeded), -1))"
                        + " ORDER BY attempted_at, attempt_id",
                row -> Jdbc.instant(row, "attempted_at"),
                key,
                since,
                afterLastSuccess,
                key);
    }

    /** Forgets attempts older than {@code before}: they no longer count for any limit. */
    public void forgetBefore(Instant before) {
        Jdbc.update(store, "DELETE FROM sign_in_attempt WHERE attempted_at < ?", before);
    }
}
