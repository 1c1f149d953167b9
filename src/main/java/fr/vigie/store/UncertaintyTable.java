package fr.vigie.store;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The per-post and per-day inputs of the rank bootstrap, loaded with one query per KPI: for each
 * territory of a category, the samples whose mean (times a scale) is its KPI value. Each query
 * mirrors the SQL of its KPI (kpi/engagement-rate.sql, kpi/posts-per-day.sql,
 * kpi/participation-per-1000.sql); the samples come in a fixed order (values ascending, days in
 * date order) so that a seeded resampling gives the same output on every run. A null
 * category loads the territories of every category at once.
 */
public final class UncertaintyTable {
    private final Store store;

    public UncertaintyTable(Store store) {
        this.store = store;
    }

    /**
     * For each territory of the category, one value per post published in [start, end) on its
     * official accounts (of the network, or all when network is "all"): the post's interactions at
     * its latest observation divided by the mean followers of its account over the period. Their
     * mean times 100 is the territory's engagement rate. The values themselves are loaded only for
     * territories with fewer than {@code valuesBelow} posts, the moments for every territory: moving
     * millions of values through JDBC costs more than the whole query.
     */
    public Map<String, Samples> postEngagement(
            @Nullable String category, String network, Instant start, Instant end, int valuesBelow) {
        String sql = """
                WITH period_post AS (
                    SELECT network, post_id, account_id FROM post
                     WHERE published_at >= ? AND published_at < ?
                ), latest_metric AS (
                    SELECT network, post_id,
                           arg_max(coalesce(likes, 0) + coalesce(comments, 0) + coalesce(shares, 0)
                                   + coalesce(quotes, 0) + coalesce(saves, 0), observed_at) AS interactions
                      FROM post_metric WHERE observed_at >= ? GROUP BY network, post_id
                ), period_followers AS (
                    SELECT account_id, avg(followers) AS mean_followers FROM account_snapshot
                     WHERE observed_at >= ? AND observed_at < ? AND followers IS NOT NULL GROUP BY account_id
                )
                SELECT a.territory_code AS code, count(*) AS n,
                       avg(l.interactions / f.mean_followers) AS mean,
                       stddev_pop(l.interactions / f.mean_followers) AS deviation,
                       CASE WHEN count(*) < ? THEN list(l.interactions / f.mean_followers)
                       END AS samples
                  FROM period_post p
                  JOIN latest_metric l USING (network, post_id)
                  JOIN account a ON a.account_id = p.account_id
                  JOIN period_followers f ON f.account_id = p.account_id
                  JOIN territory_category c ON c.code = a.territory_code AND coalesce(?::VARCHAR, c.category) = c.category
                 WHERE a.role = 'official' AND f.mean_followers > 0 AND (? = 'all' OR a.network = ?)
                 GROUP BY a.territory_code ORDER BY a.territory_code
                """;
        var s = Jdbc.timestamp(start);
        var e = Jdbc.timestamp(end);
        Map<String, Samples> result = new LinkedHashMap<>();
        Jdbc.query(
                        store,
                        sql,
                        row -> Map.entry(
                                row.getString("code"),
                                new Samples(
                                        row.getArray("samples") == null ? null : doubles(row),
                                        row.getLong("n"),
                                        row.getDouble("mean"),
                                        row.getDouble("deviation"))),
                        s,
                        e,
                        s,
                        s,
                        e,
                        valuesBelow,
                        category,
                        network,
                        network)
                .forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }

    /**
     * For each territory of the category, its posts per Paris day over the {@code days} days before
     * {@code windowEnd} (index 0 = first day, zeros included), counting its official accounts (of the
     * network, or all). Their mean is the territory's posts per day.
     */
    public Map<String, Samples> dailyPosts(@Nullable String category, String network, LocalDate windowEnd, int days) {
        String sql = """
                SELECT a.territory_code AS code,
                       list(date_diff('day', ?::DATE,
                            CAST((p.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris' AS DATE))) AS samples
                  FROM post p
                  JOIN account a ON a.account_id = p.account_id
                  JOIN territory_category c ON c.code = a.territory_code AND coalesce(?::VARCHAR, c.category) = c.category
                 WHERE a.role = 'official' AND (? = 'all' OR a.network = ?)
                   AND p.published_at >= ? AND p.published_at < ?
                 GROUP BY a.territory_code ORDER BY a.territory_code
                """;
        LocalDate windowStart = windowEnd.minusDays(days);
        List<Map.Entry<String, Samples>> rows = Jdbc.query(
                store,
                sql,
                row -> Map.entry(row.getString("code"), Samples.of(dayCounts(row, days))),
                windowStart,
                category,
                network,
                network,
                Jdbc.timestamp(parisMidnight(windowStart)),
                Jdbc.timestamp(parisMidnight(windowEnd)));
        return byTerritory(rows);
    }

    /**
     * For each territory of the category, its citizens' posts under its hashtags (table citizen_post, of
     * the network or all) per Paris day from {@code start} to {@code end} exclusive (index 0 = start,
     * zeros included). Their sum is the count behind its participation-per-1000.
     */
    public Map<String, Samples> dailyCitizenPosts(
            @Nullable String category, String network, LocalDate start, LocalDate end) {
        String sql = """
                SELECT p.territory_code AS code,
                       list(date_diff('day', ?::DATE,
                            CAST((p.published_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris' AS DATE))) AS samples
                  FROM citizen_post p
                  JOIN territory_category c ON c.code = p.territory_code AND coalesce(?::VARCHAR, c.category) = c.category
                 WHERE (? = 'all' OR p.network = ?) AND p.published_at >= ? AND p.published_at < ?
                 GROUP BY p.territory_code ORDER BY p.territory_code
                """;
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, end);
        return byTerritory(Jdbc.query(
                store,
                sql,
                row -> Map.entry(row.getString("code"), Samples.of(dayCounts(row, days))),
                start,
                category,
                network,
                network,
                Jdbc.timestamp(parisMidnight(start)),
                Jdbc.timestamp(parisMidnight(end))));
    }

    private static Instant parisMidnight(LocalDate day) {
        return day.atStartOfDay(java.time.ZoneId.of("Europe/Paris")).toInstant();
    }

    private static Map<String, Samples> byTerritory(List<Map.Entry<String, Samples>> rows) {
        Map<String, Samples> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put(r.getKey(), r.getValue()));
        return result;
    }

    /** The values in ascending order: a fixed order without asking DuckDB to sort inside the aggregate. */
    private static double[] doubles(ResultSet row) throws SQLException {
        Object[] items = items(row);
        double[] values = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = ((Number) items[i]).doubleValue();
        }
        java.util.Arrays.sort(values);
        return values;
    }

    private static double[] dayCounts(ResultSet row, int days) throws SQLException {
        double[] counts = new double[days];
        for (Object item : items(row)) {
            int day = ((Number) item).intValue();
            if (day >= 0 && day < days) {
                counts[day]++;
            }
        }
        return counts;
    }

    private static Object[] items(ResultSet row) throws SQLException {
        Array array = row.getArray("samples");
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
