package fr.vigie.store;

import fr.vigie.territory.SearchKey;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryAccount;
import fr.vigie.territory.TerritoryKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The territory table: the official registry of territories, replaced as a whole on import. */
public final class TerritoryTable {
    private static final String COLUMNS = "code, kind, epci_type, name, population, population_millesime, cog_year,"
            + " zone, epci_code, ept_code, departement_code, region_code, siren, postal_codes";

    private final Store store;

    public TerritoryTable(Store store) {
        this.store = store;
    }

    /**
     * Replaces every territory by these, in one transaction. Rows are staged with postal codes as
     * one text, then split in SQL: appending lists row by row is several times slower.
     */
    public long replaceAll(Collection<Territory> territories) {
        return store.inTransaction(() -> {
            store.execute("CREATE OR REPLACE TEMP TABLE territory_staging AS SELECT * EXCLUDE (postal_codes, name_key),"
                    + " ''::VARCHAR AS postal_text, name_key FROM territory LIMIT 0");
            long rows = Jdbc.appendToTemporary(store, "territory_staging", territories, TerritoryTable::values);
            Jdbc.update(store, "DELETE FROM territory");
            Jdbc.update(
                    store,
                    "INSERT INTO territory SELECT * EXCLUDE (postal_text, name_key),"
                            + " CASE WHEN postal_text = '' THEN []::VARCHAR[] ELSE string_split(postal_text, ' ') END,"
                            + " name_key FROM territory_staging");
            store.execute("DROP TABLE temp.territory_staging");
            return rows;
        });
    }

    private static List<@Nullable Object> values(Territory t) {
        return Arrays.asList(
                t.code(),
                t.kind().id(),
                t.epciType(),
                t.name(),
                t.population(),
                t.populationMillesime(),
                t.cogYear(),
                t.zone(),
                t.epciCode(),
                t.eptCode(),
                t.departementCode(),
                t.regionCode(),
                t.siren(),
                String.join(" ", t.postalCodes()),
                SearchKey.of(t.name()));
    }

    public long count() {
        return Jdbc.queryLong(store, "SELECT count(*) FROM territory");
    }

    public Map<TerritoryKind, Long> countsByKind() {
        Map<TerritoryKind, Long> counts = new EnumMap<>(TerritoryKind.class);
        Arrays.stream(TerritoryKind.values()).forEach(kind -> counts.put(kind, 0L));
        Jdbc.query(store, "SELECT kind, count(*) FROM territory GROUP BY kind", row -> {
            long count = row.getLong(2);
            return counts.put(kind(row.getString(1)), count);
        });
        return counts;
    }

    public Optional<Territory> find(String code) {
        return Jdbc.query(
                        store, "SELECT " + COLUMNS + " FROM territory WHERE code = ?", TerritoryTable::territory, code)
                .stream()
                .findFirst();
    }

    /** The territories with these codes, in the order of the codes; unknown codes are skipped. */
    public List<Territory> findAll(List<String> codes) {
        var found = Jdbc.query(
                store,
                "SELECT " + COLUMNS + " FROM territory WHERE list_contains(?, code)",
                TerritoryTable::territory,
                codes);
        List<Territory> result = new ArrayList<>();
        codes.forEach(code ->
                found.stream().filter(t -> t.code().equals(code)).findFirst().ifPresent(result::add));
        return result;
    }

    /**
     * Territories matching a code (code, SIREN, postal code, bare département or région code) first,
     * then names equal to, starting with, then containing the key; within each, larger population first.
     */
    public List<Territory> search(String code, String nameKey, @Nullable TerritoryKind kind, int limit) {
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
        return Jdbc.query(store, sql, TerritoryTable::territory, code, nameKey, kind == null ? null : kind.id(), limit);
    }

    /** Territories of a kind having this code as EPCI, EPT, département or région, larger first. */
    public List<Territory> children(String code, TerritoryKind kind) {
        return Jdbc.query(
                store,
                "SELECT " + COLUMNS + " FROM territory WHERE kind = ? AND code <> ? AND ? IN (epci_code, ept_code,"
                        + " departement_code, region_code) ORDER BY population DESC NULLS LAST, name",
                TerritoryTable::territory,
                kind.id(),
                code,
                code);
    }

    public long countChildren(String code, TerritoryKind kind) {
        return Jdbc.queryLong(
                store,
                "SELECT count(*) FROM territory WHERE kind = ? AND code <> ?"
                        + " AND ? IN (epci_code, ept_code, departement_code, region_code)",
                kind.id(),
                code,
                code);
    }

    /** Accounts of the account registry attached to this territory. */
    public List<TerritoryAccount> accounts(String code) {
        return Jdbc.query(
                store,
                "SELECT network, handle, role, theme, status FROM account WHERE territory_code = ?"
                        + " ORDER BY role, network, handle",
                row -> new TerritoryAccount(
                        row.getString("network"),
                        row.getString("handle"),
                        row.getString("role"),
                        row.getString("theme"),
                        row.getString("status")),
                code);
    }

    private static Territory territory(ResultSet row) throws SQLException {
        return new Territory(
                row.getString("code"),
                kind(row.getString("kind")),
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
                Jdbc.strings(row, "postal_codes"));
    }

    private static TerritoryKind kind(String id) {
        return TerritoryKind.parse(id)
                .orElseThrow(() -> new StoreException("unknown territory kind in the store: " + id));
    }
}
