package fr.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * The registry of official accounts (table {@code account}). Rows carry plain strings so that the
 * store does not depend on the account feature; {@code fr.vigie.account.AccountRegistry} maps them.
 */
public final class AccountTable {
    /** One row of table {@code account}, column for column. */
    public record AccountRow(
            String accountId,
            String territoryCode,
            String network,
            @Nullable String platformId,
            String handle,
            String url,
            @Nullable String displayName,
            String role,
            @Nullable String theme,
            String status,
            @Nullable LocalDate statusSince,
            String source,
            boolean simulated) {}

    private static final String COLUMNS = "account_id, territory_code, network, platform_id, handle, url, display_name,"
            + " role, theme, status, status_since, source, simulated";

    private final Store store;

    public AccountTable(Store store) {
        this.store = store;
    }

    /** False until territories are loaded: accounts cannot belong to any territory then. */
    public boolean hasTerritories() {
        return Jdbc.queryLong(store, "SELECT count(*) FROM (SELECT 1 FROM territory LIMIT 1)") > 0;
    }

    /** The codes among these that the territory registry holds. */
    public Set<String> existingTerritories(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Jdbc.query(
                store,
                "SELECT code FROM territory WHERE list_contains(?, code)",
                row -> row.getString(1),
                List.copyOf(codes)));
    }

    public List<AccountRow> all() {
        return list(null, null, null);
    }

    /** Accounts matching every given criterion (null: any), by territory, network and handle. */
    public List<AccountRow> list(@Nullable String territoryCode, @Nullable String network, @Nullable String status) {
        return Jdbc.query(
                store,
                "SELECT " + COLUMNS + " FROM account WHERE (?::VARCHAR IS NULL OR territory_code = ?)"
                        + " AND (?::VARCHAR IS NULL OR network = ?) AND (?::VARCHAR IS NULL OR status = ?)"
                        + " ORDER BY territory_code, network, handle",
                AccountTable::row,
                territoryCode,
                territoryCode,
                network,
                network,
                status,
                status);
    }

    public Optional<AccountRow> byHandle(String network, String handle) {
        return Jdbc.query(
                        store,
                        "SELECT " + COLUMNS + " FROM account WHERE network = ? AND handle = ?",
                        AccountTable::row,
                        network,
                        handle)
                .stream()
                .findFirst();
    }

    public Optional<AccountRow> byPlatformId(String network, String platformId) {
        return Jdbc.query(
                        store,
                        "SELECT " + COLUMNS + " FROM account WHERE network = ? AND platform_id = ?",
                        AccountTable::row,
                        network,
                        platformId)
                .stream()
                .findFirst();
    }

    /** Appends new accounts (DuckDB's Appender: bulk speed, inside the caller's transaction). */
    public void insert(List<AccountRow> rows) {
        try (DuckDBAppender appender = store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "account")) {
            for (AccountRow r : rows) {
                appender.beginRow();
                appender.append(r.accountId()).append(r.territoryCode()).append(r.network());
                nullable(appender, r.platformId()).append(r.handle()).append(r.url());
                nullable(appender, r.displayName()).append(r.role());
                nullable(appender, r.theme()).append(r.status());
                if (r.statusSince() == null) {
                    appender.appendNull();
                } else {
                    appender.append(r.statusSince());
                }
                appender.append(r.source()).append(r.simulated());
                appender.endRow();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot add accounts: " + e.getMessage(), e);
        }
    }

    /** Rewrites every column of the account with this id (its id never changes). */
    public void update(AccountRow r) {
        Jdbc.update(
                store,
                "UPDATE account SET territory_code = ?, network = ?, platform_id = ?, handle = ?, url = ?,"
                        + " display_name = ?, role = ?, theme = ?, status = ?, status_since = ?, source = ?,"
                        + " simulated = ? WHERE account_id = ?",
                r.territoryCode(),
                r.network(),
                r.platformId(),
                r.handle(),
                r.url(),
                r.displayName(),
                r.role(),
                r.theme(),
                r.status(),
                r.statusSince(),
                r.source(),
                r.simulated(),
                r.accountId());
    }

    private static DuckDBAppender nullable(DuckDBAppender appender, @Nullable String value) throws SQLException {
        return value == null ? appender.appendNull() : appender.append(value);
    }

    private static AccountRow row(ResultSet row) throws SQLException {
        return new AccountRow(
                row.getString("account_id"),
                row.getString("territory_code"),
                row.getString("network"),
                row.getString("platform_id"),
                row.getString("handle"),
                row.getString("url"),
                row.getString("display_name"),
                row.getString("role"),
                row.getString("theme"),
                row.getString("status"),
                row.getObject("status_since", LocalDate.class),
                row.getString("source"),
                row.getBoolean("simulated"));
    }
}
