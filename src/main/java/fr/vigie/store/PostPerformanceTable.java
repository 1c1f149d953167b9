package fr.vigie.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Runs the post-overperformance SQL file (resources kpi/posts/) over the posts and their metrics. */
public final class PostPerformanceTable {
    private static final DateTimeFormatter SQL_TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final Store store;

    public PostPerformanceTable(Store store) {
        this.store = store;
    }

    /** One scored post, as the SQL file returns it. */
    public record PostRow(
            String network,
            String postId,
            String accountId,
            String territoryCode,
            String territoryName,
            @Nullable String category,
            String type,
            Instant publishedAt,
            @Nullable String url,
            double ageHours,
            long interactions,
            @Nullable Double expected,
            long baselinePosts,
            @Nullable Double overperformance,
            @Nullable Integer populationMillesime,
            boolean simulated) {}

    /** Which posts to score: a category, a network, one territory's accounts (each null for all). */
    public record Scope(
            @Nullable String category,
            @Nullable String network,
            @Nullable String territory) {}

    /**
     * Runs {@code sql} (reading period_start, period_end, post_age_hours, age_tolerance_hours,
     * category, network and territory) and returns its first {@code limit} rows (all when limit is 0).
     */
    public List<PostRow> run(
            String sql, Instant start, Instant end, double ageHours, double toleranceHours, Scope scope, int limit) {
        store.execute("SET VARIABLE period_start = TIMESTAMP '" + SQL_TIMESTAMP.format(start) + "'");
        store.execute("SET VARIABLE period_end = TIMESTAMP '" + SQL_TIMESTAMP.format(end) + "'");
        store.execute(String.format(Locale.ROOT, "SET VARIABLE post_age_hours = %f", ageHours));
        store.execute(String.format(Locale.ROOT, "SET VARIABLE age_tolerance_hours = %f", toleranceHours));
        store.execute("SET VARIABLE category = " + literal(scope.category()));
        store.execute("SET VARIABLE network = " + literal(scope.network()));
        store.execute("SET VARIABLE territory = " + literal(scope.territory()));
        String body = sql.strip();
        if (body.endsWith(";")) {
            body = body.substring(0, body.length() - 1);
        }
        return Jdbc.query(
                store,
                "SELECT * FROM (\n" + body + "\n) r" + (limit > 0 ? " LIMIT " + limit : ""),
                row -> new PostRow(
                        row.getString("network"),
                        row.getString("post_id"),
                        row.getString("account_id"),
                        row.getString("territory_code"),
                        row.getString("territory_name"),
                        row.getString("category"),
                        row.getString("type"),
                        Jdbc.instant(row, "published_at"),
                        row.getString("url"),
                        row.getDouble("age_hours"),
                        row.getLong("interactions"),
                        Jdbc.nullableDouble(row, "expected"),
                        row.getLong("baseline_posts"),
                        Jdbc.nullableDouble(row, "overperformance"),
                        Jdbc.nullableInt(row, "population_millesime"),
                        row.getBoolean("simulated")));
    }

    private static String literal(@Nullable String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
