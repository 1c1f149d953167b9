package fr.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The territory table: the official registry of territories, replaced as a whole on import. Rows
 * carry plain strings so that the store does not depend on the territory feature;
 * {@code fr.vigie.territory.TerritoryRows} maps them and computes the search key of each name.
 */
public final class TerritoryTable {
    /** One row of table {@code territory}, column for column; kind is a kind id ("commune", "epci"…). */
    public record TerritoryRow(
            String code,
            String kind,
            @Nullable String epciType,
            String name,
            @Nullable Long population,
            @Nullable Integer populationMillesime,
            int cogYear,
            @Nullable String zone,
            @Nullable String epciCode,
            @Nullable String eptCode,
            @Nullable String departementCode,
            @Nullable String regionCode,
            @Nullable String siren,
            List<String> postalCodes,
            @Nullable String nameKey) {}

    /** An account of table {@code account} attached to a territory, with the columns a card shows. */
    public record AccountSummary(
            String network,
            String handle,
            String role,
            @Nullable String theme,
            String status) {}

    private static final String COLUMNS = "code, kind, epci_type, name, population, population_millesime, cog_year,"
            + " zone, epci_code, ept_code, departement_code, region_code, siren, postal_codes, name_key";

    private final Store store;

    public TerritoryTable(Store store) {
        this.store = store;
    }

    /**
     * Replaces every territory by these, in one transaction. Rows are staged with postal codes as
     * one text, then split in SQL: appending lists row by row is several times slower.
     */
    public long replaceAll(Collection<TerritoryRow> rows) {
        return store.inTransaction(() -> {
            store.execute("CREATE OR REPLACE TEMP TABLE territory_staging AS SELECT * EXCLUDE (postal_codes, name_key),"
                    + " ''::VARCHAR AS postal_text, name_key FROM territory LIMIT 0");
            long staged = Jdbc.appendToTemporary(store, "territory_staging", rows, TerritoryTable::values);
            Jdbc.update(store, "DELETE FROM territory");
            Jdbc.update(
                    store,
                    "INSERT INTO territory SELECT * EXCLUDE (postal_text, name_key),"
                            + " CASE WHEN postal_text = '' THEN []::VARCHAR[] ELSE string_split(postal_text, ' ') END,"
                            + " name_key FROM territory_staging");
            store.execute("DROP TABLE temp.territory_staging");
            return staged;
        });
    }

    private static List<@Nullable Object> values(TerritoryRow r) {
        return Arrays.asList(
                r.code(),
                r.kind(),
                r.epciType(),
                r.name(),
                r.population(),
                r.populationMillesime(),
                r.cogYear(),
                r.zone(),
                r.epciCode(),
                r.eptCode(),
                r.departementCode(),
                r.regionCode(),
                r.siren(),
                String.join(" ", r.postalCodes()),
                r.nameKey());
    }

    public long count() {
        return Jdbc.queryLong(store, "SELECT count(*) FROM territory");
    }

    /** The number of territories of each kind id present in the table (absent kinds are left out). */
    public Map<String, Long> countsByKind() {
        Map<String, Long> counts = new HashMap<>();
        Jdbc.query(store, "SELECT kind, count(*) FROM territory GROUP BY kind", row -> {
            long count = row.getLong(2);
            return counts.put(row.getString(1), count);
        });
        return counts;
    }

    public Optional<TerritoryRow> find(String code) {
        return Jdbc.query(store, "SELECT " + COLUMNS + " FROM territory WHERE code = ?", TerritoryTable::row, code)
                .stream()
                .findFirst();
    }

    /** The territories with these codes, in the order of the codes; unknown codes are skipped. */
    public List<TerritoryRow> findAll(List<String> codes) {
        var found = Jdbc.query(
                store,
                "SELECT " + COLUMNS + " FROM territory WHERE list_contains(?, code)",
                TerritoryTable::row,
                codes);
        List<TerritoryRow> result = new ArrayList<>();
        codes.forEach(code ->
                found.stream().filter(t -> t.code().equals(code)).findFirst().ifPresent(result::add));
        return result;
    }

    /**
     * Territories matching a code (code, SIREN, postal code, bare département or région code) first,
     * then names whose key (column name_key) equals, starts with, then contains the given key;
     * within each, larger population first. A null kind id matches every kind.
     */
    public List<TerritoryRow> search(String code, String nameKey, @Nullable String kind, int limit) {
        String sql = "WITH q AS (SELECT ?::VARCHAR AS code, ?::VARCHAR AS key, ?::VARCHAR AS kind),"
                + " ranked AS (SELECT t.*, CASE"
                + "  WHEN t.code IN (q.code, 'DEP-' || q.code, 'REG-' || q.code) OR t.siren = q.code"
                + "       OR list_contains(t.postal_codes, q.code) THEN 0"
                + "  WHEN q.key = '' THEN NULL"
                + "  WHEN t.search_key = q.key THEN 1"
                + "  WHEN starts_with(t.search_key, q.key) THEN 2"
                + "  WHEN contains(t.search_key, q.key) THEN 3 END AS match_rank"
                + " FROM (SELECT *, coalesce(name_key, lower(name)) AS search_key FROM territory) t, q"
                + " WHERE q.kind IS NULL OR t.kind = q.kind)"
                + " SELECT " + COLUMNS + " FROM ranked WHERE match_rank IS NOT NULL"
                + " ORDER BY match_rank, population DESC NULLS LAST, name, code LIMIT ?";
        return Jdbc.query(store, sql, TerritoryTable::row, code, nameKey, kind, limit);
    }

    /** Every territory of a kind id, by code. */
    public List<TerritoryRow> ofKind(String kind) {
        return Jdbc.query(
                store, "SELECT " + COLUMNS + " FROM territory WHERE kind = ? ORDER BY code", TerritoryTable::row, kind);
    }

    /** Territories of a kind id having this code as EPCI, EPT, département or région, larger first. */
    public List<TerritoryRow> children(String code, String kind) {
        return Jdbc.query(
                store,
                "SELECT " + COLUMNS + " FROM territory WHERE kind = ? AND code <> ? AND ? IN (epci_code, ept_code,"
                        + " departement_code, region_code) ORDER BY population DESC NULLS LAST, name",
                TerritoryTable::row,
                kind,
                code,
                code);
    }

    public long countChildren(String code, String kind) {
        return Jdbc.queryLong(
                store,
                "SELECT count(*) FROM territory WHERE kind = ? AND code <> ?"
                        + " AND ? IN (epci_code, ept_code, departement_code, region_code)",
                kind,
                code,
                code);
    }

    /** Accounts of the account registry attached to this territory. */
    public List<AccountSummary> accounts(String code) {
        return Jdbc.query(
                store,
                "SELECT network, handle, role, theme, status FROM account WHERE territory_code = ?"
                        + " ORDER BY role, network, handle",
                row -> new AccountSummary(
                        row.getString("network"),
                        row.getString("handle"),
                        row.getString("role"),
                        row.getString("theme"),
                        row.getString("status")),
                code);
    }

    private static TerritoryRow row(ResultSet row) throws SQLException {
        return new TerritoryRow(
                row.getString("code"),
                row.getString("kind"),
                row.getString("epci_type"),
                row.getString("name"),
                Jdbc.nullableLong(row, "population"),
                Jdbc.nullableInt(row, "population_millesime"),
                row.getInt("cog_year"),
                row.getString("zone"),
                row.getString("epci_code"),
                row.getString("ept_code"),
                row.getString("departement_code"),
                row.getString("region_code"),
                row.getString("siren"),
                Jdbc.strings(row, "postal_codes"),
                row.getString("name_key"));
    }
}
