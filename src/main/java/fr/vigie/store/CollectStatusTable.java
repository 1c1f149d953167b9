package fr.vigie.store;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Tables {@code collect_status} (per account: last attempt, success, error, next run) and
 * {@code collect_watermark} (per network, account and endpoint: the newest item seen, where the next
 * incremental run resumes).
 */
public final class CollectStatusTable {
    /** The collection status of one account, with its territory and handle for display. */
    public record StatusRow(
            String accountId,
            String territoryCode,
            String network,
            String handle,
            @Nullable String platformId,
            String accountStatus,
            @Nullable Instant lastAttemptAt,
            @Nullable Instant lastSuccessAt,
            @Nullable Instant lastErrorAt,
            @Nullable String lastError,
            int consecutiveFailures,
            @Nullable Instant nextRunAt) {}

    private final Store store;

    public CollectStatusTable(Store store) {
        this.store = store;
    }

    /** The newest item time seen for this endpoint of the account, or null before the first run. */
    public @Nullable Instant watermark(String network, String accountId, String endpoint) {
        List<Instant> found = Jdbc.query(
                store,
                "SELECT newest_at FROM collect_watermark WHERE network = ? AND account_id = ? AND endpoint = ?",
                row -> Jdbc.instant(row, "newest_at"),
                network,
                accountId,
                endpoint);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** Moves the watermark forward to {@code newest} (never backwards). */
    public void advanceWatermark(String network, String accountId, String endpoint, Instant newest, Instant now) {
        Jdbc.update(
                store,
                "INSERT INTO collect_watermark VALUES (?, ?, ?, ?, ?) ON CONFLICT (network, account_id, endpoint)"
                        + " DO UPDATE SET newest_at = greatest(collect_watermark.newest_at, excluded.newest_at),"
                        + " updated_at = excluded.updated_at",
                network,
                accountId,
                endpoint,
                Jdbc.timestamp(newest),
                Jdbc.timestamp(now));
    }

    /** Records a successful run of the account at {@code at}, due again at {@code nextRun}. */
    public void recordSuccess(String accountId, String network, Instant at, Instant nextRun) {
        Jdbc.update(
                store,
                "INSERT INTO collect_status (account_id, network, last_attempt_at, last_success_at,"
                        + " consecutive_failures, next_run_at) VALUES (?, ?, ?, ?, 0, ?)"
                        + " ON CONFLICT (account_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at,"
                        + " last_success_at = excluded.last_success_at, consecutive_failures = 0,"
                        + " next_run_at = excluded.next_run_at",
                accountId,
                network,
                Jdbc.timestamp(at),
                Jdbc.timestamp(at),
                Jdbc.timestamp(nextRun));
    }

    /** Records a failed run; returns the number of failures in a row, this one included. */
    public int recordFailure(String accountId, String network, Instant at, String error) {
        Jdbc.update(
                store,
                "INSERT INTO collect_status (account_id, network, last_attempt_at, last_error_at, last_error,"
                        + " consecutive_failures) VALUES (?, ?, ?, ?, ?, 1)"
                        + " ON CONFLICT (account_id) DO UPDATE SET last_attempt_at = excluded.last_attempt_at,"
                        + " last_error_at = excluded.last_error_at, last_error = excluded.last_error,"
                        + " consecutive_failures = collect_status.consecutive_failures + 1",
                accountId,
                network,
                Jdbc.timestamp(at),
                Jdbc.timestamp(at),
                error);
        return Jdbc.queryLong(store, "SELECT consecutive_failures FROM collect_status WHERE account_id = ?", accountId)
                .intValue();
    }

    /** Sets when the account is due next. */
    public void scheduleNext(String accountId, Instant nextRun) {
        Jdbc.update(
                store,
                "UPDATE collect_status SET next_run_at = ? WHERE account_id = ?",
                Jdbc.timestamp(nextRun),
                accountId);
    }

    /**
     * Every registered account of the network (or all networks) and territory (or all), with its
     * status; accounts never collected have null times and are due at once.
     */
    public List<StatusRow> statuses(@Nullable String network, @Nullable String territoryCode) {
        return Jdbc.query(
                store,
                "SELECT a.account_id, a.territory_code, a.network, a.handle, a.platform_id, a.status, s.last_attempt_at, s.last_success_at,"
                        + " s.last_error_at, s.last_error, coalesce(s.consecutive_failures, 0) AS failures,"
                        + " s.next_run_at FROM account a LEFT JOIN collect_status s USING (account_id)"
                        + " WHERE (?::VARCHAR IS NULL OR a.network = ?) AND (?::VARCHAR IS NULL OR a.territory_code = ?)"
                        + " ORDER BY a.territory_code, a.network, a.handle",
                row -> new StatusRow(
                        row.getString("account_id"),
                        row.getString("territory_code"),
                        row.getString("network"),
                        row.getString("handle"),
                        row.getString("platform_id"),
                        row.getString("status"),
                        Jdbc.instant(row, "last_attempt_at"),
                        Jdbc.instant(row, "last_success_at"),
                        Jdbc.instant(row, "last_error_at"),
                        row.getString("last_error"),
                        row.getInt("failures"),
                        Jdbc.instant(row, "next_run_at")),
                network,
                network,
                territoryCode,
                territoryCode);
    }

    /** Publication times of the account's posts in [from, to), oldest first. */
    public List<Instant> publicationsBetween(String accountId, Instant from, Instant to) {
        return Jdbc.query(
                store,
                "SELECT published_at FROM post WHERE account_id = ? AND published_at >= ? AND published_at < ?"
                        + " ORDER BY published_at",
                row -> Jdbc.instant(row, "published_at"),
                accountId,
                Jdbc.timestamp(from),
                Jdbc.timestamp(to));
    }

    /** Posts of the account published in [from, to): the activity the cadence follows. */
    public long postsBetween(String accountId, Instant from, Instant to) {
        return Jdbc.queryLong(
                store,
                "SELECT count(*) FROM post WHERE account_id = ? AND published_at >= ? AND published_at < ?",
                accountId,
                Jdbc.timestamp(from),
                Jdbc.timestamp(to));
    }
}
