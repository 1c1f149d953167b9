package fr.vigie.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Table {@code account_event}: what happened to an account (renamed, suspended, deleted, not found,
 * dormant, reactivated, left, migrated) and when it was observed. Recording the same event at the
 * same time twice keeps one row.
 */
public final class AccountEventTable {
    /** One event of an account. */
    public record EventRow(
            String accountId,
            Instant observedAt,
            String kind,
            @Nullable String detail,
            String source) {}

    private final Store store;

    public AccountEventTable(Store store) {
        this.store = store;
    }

    public void record(EventRow event) {
        Jdbc.update(
                store,
                "INSERT INTO account_event VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                event.accountId(),
                Jdbc.timestamp(event.observedAt()),
                event.kind(),
                event.detail(),
                event.source());
    }

    /** The events of an account (all accounts when null), oldest first. */
    public List<EventRow> list(@Nullable String accountId) {
        return Jdbc.query(
                store,
                "SELECT * FROM account_event WHERE (?::VARCHAR IS NULL OR account_id = ?)"
                        + " ORDER BY account_id, observed_at, kind",
                row -> new EventRow(
                        row.getString("account_id"),
                        Jdbc.instant(row, "observed_at"),
                        row.getString("kind"),
                        row.getString("detail"),
                        row.getString("source")),
                accountId,
                accountId);
    }

    /** The kind of the account's latest event, or null when it has none. */
    public @Nullable String latestKind(String accountId) {
        List<String> kinds = Jdbc.query(
                store,
                "SELECT kind FROM account_event WHERE account_id = ? ORDER BY observed_at DESC, kind LIMIT 1",
                row -> row.getString(1),
                accountId);
        return kinds.isEmpty() ? null : kinds.getFirst();
    }
}
