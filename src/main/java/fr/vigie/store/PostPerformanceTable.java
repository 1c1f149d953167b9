package fr.vigie.store;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** When posts are scored: the period's bounds and the age of the measure, in hours. */
    public record Window(Instant start, Instant end, double ageHours, double toleranceHours) {}

    /**
     * Runs {@code sql} (reading period_start, period_end, post_age_hours, age_tolerance_hours,
     * category, network and territory) and returns its first {@code limit} rows (all when limit is 0).
     */
    public List<PostRow> run(String sql, Window window, Scope scope, int limit) {
        set(window, scope);
        return Jdbc.query(
                store,
                "SELECT * FROM (\n" + body(sql) + "\n) r" + (limit > 0 ? " LIMIT " + limit : ""),
                PostPerformanceTable::row);
    }

    /**
     * Stores the {@code perTerritory} best scored posts of every territory for the period of a
     * publication (replacing those stored before for the period and version), in one transaction;
     * returns how many were stored.
     */
    public long publishBest(String sql, Window window, String period, String version, int perTerritory) {
        set(window, new Scope(null, null, null));
        return store.inTransaction(() -> {
            Jdbc.update(
                    store,
                    "DELETE FROM published_best_post WHERE period = ? AND methodology_version = ?",
                    period,
                    version);
            long stored = Jdbc.update(
                    store,
                    "INSERT INTO published_best_post SELECT ?::VARCHAR, ?::VARCHAR, place, * EXCLUDE (place) FROM ("
                            + " SELECT *, row_number() OVER (PARTITION BY territory_code"
                            + "   ORDER BY overperformance DESC, interactions DESC, network, post_id) AS place"
                            + " FROM (\n" + body(sql) + "\n) r WHERE overperformance IS NOT NULL)"
                            + " WHERE place <= ?",
                    period,
                    version,
                    perTerritory);
            Jdbc.update(
                    store,
                    "INSERT OR REPLACE INTO published_best_post_period VALUES (?, ?, current_timestamp::TIMESTAMP, ?)",
                    period,
                    version,
                    stored);
            return stored;
        });
    }

    /** Whether a publication stored the best posts of the period (editions before schema 6 did not). */
    public boolean hasPublishedBest(String period, String version) {
        return Jdbc.queryLong(
                        store,
                        "SELECT count(*) FROM published_best_post_period WHERE period = ? AND methodology_version = ?",
                        period,
                        version)
                > 0;
    }

    /** The best posts stored for a territory at the publication of the period, best first. */
    public List<PostRow> publishedBest(String period, String version, String territory) {
        return Jdbc.query(
                store,
                "SELECT * EXCLUDE (period, methodology_version, place) FROM published_best_post"
                        + " WHERE period = ? AND methodology_version = ? AND territory_code = ? ORDER BY place",
                PostPerformanceTable::row,
                period,
                version,
                territory);
    }

    private void set(Window window, Scope scope) {
        store.execute("SET VARIABLE period_start = TIMESTAMP '" + SQL_TIMESTAMP.format(window.start()) + "'");
        store.execute("SET VARIABLE period_end = TIMESTAMP '" + SQL_TIMESTAMP.format(window.end()) + "'");
        store.execute(String.format(Locale.ROOT, "SET VARIABLE post_age_hours = %f", window.ageHours()));
        store.execute(String.format(Locale.ROOT, "SET VARIABLE age_tolerance_hours = %f", window.toleranceHours()));
        store.execute("SET VARIABLE category = " + literal(scope.category()));
        store.execute("SET VARIABLE network = " + literal(scope.network()));
        store.execute("SET VARIABLE territory = " + literal(scope.territory()));
    }

    private static String body(String sql) {
        String body = sql.strip();
        return body.endsWith(";") ? body.substring(0, body.length() - 1) : body;
    }

    private static PostRow row(ResultSet row) throws SQLException {
        return new PostRow(
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
                row.getBoolean("simulated"));
    }

    private static String literal(@Nullable String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
