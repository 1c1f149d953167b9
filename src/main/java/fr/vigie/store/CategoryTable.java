package fr.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The category rules (table category_rule) and the classification they give (view
 * territory_category). Rows carry plain strings so that the store does not depend on the territory
 * feature; {@code fr.vigie.territory.TerritoryRows} maps them.
 */
public final class CategoryTable {
    /** One row of table {@code category_rule}, column for column; kind is a territory kind id. */
    public record RuleRow(
            int position,
            String category,
            String label,
            String kind,
            @Nullable String epciType,
            @Nullable Long minPopulation,
            @Nullable Long maxPopulation) {}

    /** A category with its label and the number of territories the view territory_category puts in it. */
    public record CountRow(String category, String label, long territories) {}

    private static final String RULE_COLUMNS =
            "r.position, r.category, r.label, r.kind, r.epci_type, r.min_population, r.max_population";

    private final Store store;

    public CategoryTable(Store store) {
        this.store = store;
    }

    /** Replaces every rule by these, in one transaction. */
    public void replaceAll(List<RuleRow> rules) {
        store.inTransaction(() -> {
            Jdbc.update(store, "DELETE FROM category_rule");
            return Jdbc.append(
                    store,
                    "category_rule",
                    rules,
                    r -> Arrays.asList(
                            r.position(),
                            r.category(),
                            r.label(),
                            r.kind(),
                            r.epciType(),
                            r.minPopulation(),
                            r.maxPopulation()));
        });
    }

    /** The rule that classifies this territory, if any. */
    public Optional<RuleRow> ruleOf(String territoryCode) {
        return Jdbc.query(
                        store,
                        "SELECT " + RULE_COLUMNS + " FROM territory_category c"
                                + " JOIN category_rule r ON r.category = c.category WHERE c.code = ?"
                                + " ORDER BY r.position LIMIT 1",
                        CategoryTable::rule,
                        territoryCode)
                .stream()
                .findFirst();
    }

    /** Every category in the order of its first rule, with its number of territories (0 included). */
    public List<CountRow> counts() {
        return Jdbc.query(
                store,
                "SELECT r.category, any_value(r.label) AS label, min(r.position) AS first,"
                        + " (SELECT count(*) FROM territory_category c WHERE c.category = r.category) AS territories"
                        + " FROM category_rule r GROUP BY r.category ORDER BY first",
                row -> new CountRow(row.getString("category"), row.getString("label"), row.getLong("territories")));
    }

    /** Territories that no rule classifies. */
    public long uncategorised() {
        return Jdbc.queryLong(store, "SELECT count(*) FROM territory_category WHERE category IS NULL");
    }

    private static RuleRow rule(ResultSet row) throws SQLException {
        return new RuleRow(
                row.getInt("position"),
                row.getString("category"),
                row.getString("label"),
                row.getString("kind"),
                row.getString("epci_type"),
                Jdbc.nullableLong(row, "min_population"),
                Jdbc.nullableLong(row, "max_population"));
    }
}
