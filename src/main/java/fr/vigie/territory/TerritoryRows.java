package fr.vigie.territory;

import fr.vigie.store.CategoryTable.CountRow;
import fr.vigie.store.CategoryTable.RuleRow;
import fr.vigie.store.StoreException;
import fr.vigie.store.TerritoryTable.AccountSummary;
import fr.vigie.store.TerritoryTable.TerritoryRow;
import java.util.EnumMap;
import java.util.Map;

/**
 * Territories, category rules and what the store counts about them, to and from the store's plain
 * rows: the one place each direction is mapped. The store's values were written by this class.
 */
final class TerritoryRows {
    private TerritoryRows() {}

    /** The row of a territory, with the search key of its name (column name_key). */
    static TerritoryRow row(Territory t) {
        return new TerritoryRow(
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
                t.postalCodes(),
                SearchKey.of(t.name()));
    }

    static Territory territory(TerritoryRow r) {
        return new Territory(
                r.code(),
                kind(r.kind(), "the store"),
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
                r.postalCodes());
    }

    static RuleRow row(CategoryRule r) {
        return new RuleRow(
                r.position(),
                r.category(),
                r.label(),
                r.kind().id(),
                r.epciType(),
                r.minPopulation(),
                r.maxPopulation());
    }

    static CategoryRule rule(RuleRow r) {
        return new CategoryRule(
                r.position(),
                r.category(),
                r.label(),
                kind(r.kind(), "category_rule"),
                r.epciType(),
                r.minPopulation(),
                r.maxPopulation());
    }

    static CategoryCount count(CountRow c) {
        return new CategoryCount(c.category(), c.label(), c.territories());
    }

    static TerritoryAccount account(AccountSummary a) {
        return new TerritoryAccount(a.network(), a.handle(), a.role(), a.theme(), a.status());
    }

    /** Counts by kind id as counts of every kind, in the order of {@link TerritoryKind}, 0 when absent. */
    static Map<TerritoryKind, Long> countsByKind(Map<String, Long> byKindId) {
        Map<TerritoryKind, Long> counts = new EnumMap<>(TerritoryKind.class);
        for (TerritoryKind kind : TerritoryKind.values()) {
            counts.put(kind, 0L);
        }
        byKindId.forEach((id, count) -> counts.put(kind(id, "the store"), count));
        return counts;
    }

    private static TerritoryKind kind(String id, String where) {
        return TerritoryKind.parse(id)
                .orElseThrow(() -> new StoreException("unknown territory kind in " + where + ": " + id));
    }
}
