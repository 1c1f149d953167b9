package fr.vigie.store;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The queries of a territory's web page: its stored monthly KPI values (scope territory, network
 * 'all') and the texts of the posts it shows. One query per block of the page.
 */
public final class TerritoryPageTable {
    private final Store store;

    public TerritoryPageTable(Store store) {
        this.store = store;
    }

    /** One stored value of a territory KPI for a month. */
    public record MonthValue(
            String month, String kpi, @Nullable Double value, boolean simulated) {}

    /**
     * The territory's values of every KPI for the last {@code months} monthly periods (YYYY-MM) that
     * have any value of it under this methodology version, oldest month first.
     */
    public List<MonthValue> monthlyValues(String code, String version, int months) {
        return Jdbc.query(
                store,
                "WITH v AS (SELECT period, kpi, value, simulated FROM kpi_value WHERE scope = 'territory'"
                        + " AND network = 'all' AND subject = ? AND methodology_version = ?"
                        + " AND regexp_full_match(period, '\\d{4}-\\d{2}')),"
                        + " m AS (SELECT DISTINCT period FROM v ORDER BY period DESC LIMIT ?)"
                        + " SELECT v.* FROM v JOIN m USING (period) ORDER BY period, kpi",
                row -> new MonthValue(
                        row.getString("period"),
                        row.getString("kpi"),
                        Jdbc.nullableDouble(row, "value"),
                        row.getBoolean("simulated")),
                code,
                version,
                months);
    }

    /** The texts of posts keyed "network:post_id" (posts without text are left out). */
    public Map<String, String> postTexts(List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return Jdbc.query(
                        store,
                        "SELECT network || ':' || post_id AS k, text FROM post"
                                + " WHERE list_contains(?, network || ':' || post_id) AND text IS NOT NULL",
                        row -> Map.entry(row.getString("k"), row.getString("text")),
                        keys)
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }
}
