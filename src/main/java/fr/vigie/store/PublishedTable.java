package fr.vigie.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jspecify.annotations.Nullable;

/**
 * Published editions (table edition) and what the site and the API read of them: one page of a stored
 * palmarès with names, populations and rank intervals, in one query.
 */
public final class PublishedTable {
    private final Store store;

    public PublishedTable(Store store) {
        this.store = store;
    }

    /** A published edition. */
    public record EditionRow(
            String period,
            String methodologyVersion,
            Instant publishedAt,
            boolean simulated,
            int resamples,
            long seed) {}

    /** The interval of one stored rank. */
    public record IntervalRow(String territoryCode, int rankLow, int rankHigh, String method) {}

    /** Which stored palmarès: the key of its rows in ranking and ranking_interval. */
    public record Palmares(String period, String version, String category, String kpi, String network, String view) {
        /** The key's values followed by these, as the parameters of a query. */
        Object[] with(@Nullable Object... more) {
            List<@Nullable Object> values = new ArrayList<>(List.of(period, version, category, kpi, network, view));
            values.addAll(Arrays.asList(more));
            return values.toArray();
        }
    }

    /** One ranked territory of a stored palmarès, as the site shows it. */
    public record PlaceRow(
            String territoryCode,
            String name,
            String kind,
            @Nullable Long population,
            @Nullable String departementCode,
            @Nullable String regionCode,
            int rank,
            boolean tied,
            @Nullable Double value,
            boolean simulated,
            @Nullable Integer rankLow,
            @Nullable Integer rankHigh) {}

    /** Records (or replaces) the edition of a period. */
    public void recordEdition(EditionRow edition) {
        store.inTransaction(() -> {
            Jdbc.update(
                    store,
                    "DELETE FROM edition WHERE period = ? AND methodology_version = ?",
                    edition.period(),
                    edition.methodologyVersion());
            Jdbc.update(
                    store,
                    "INSERT INTO edition VALUES (?, ?, ?, ?, ?, ?)",
                    edition.period(),
                    edition.methodologyVersion(),
                    Jdbc.timestamp(edition.publishedAt()),
                    edition.simulated(),
                    edition.resamples(),
                    edition.seed());
            return null;
        });
    }

    /** Every published edition, newest period first. */
    public List<EditionRow> editions() {
        return Jdbc.query(
                store,
                "SELECT * FROM edition ORDER BY period DESC, methodology_version DESC",
                row -> new EditionRow(
                        row.getString("period"),
                        row.getString("methodology_version"),
                        Objects.requireNonNull(Jdbc.instant(row, "published_at")),
                        row.getBoolean("simulated"),
                        row.getInt("resamples"),
                        row.getLong("seed")));
    }

    public Optional<EditionRow> edition(String period, String version) {
        return editions().stream()
                .filter(e -> e.period().equals(period) && e.methodologyVersion().equals(version))
                .findFirst();
    }

    /** Replaces the intervals of one stored palmarès (one category, kpi, network and view). */
    public void replaceIntervals(Palmares palmares, List<IntervalRow> intervals) {
        store.inTransaction(() -> {
            try (DuckDBAppender appender =
                    store.connection().createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ranking_interval_staging")) {
                for (IntervalRow row : intervals) {
                    appender.beginRow()
                            .append(palmares.period())
                            .append(palmares.version())
                            .append(palmares.category())
                            .append(palmares.kpi())
                            .append(palmares.network())
                            .append(palmares.view())
                            .append(row.territoryCode())
                            .append(row.rankLow())
                            .append(row.rankHigh())
                            .append(row.method())
                            .endRow();
                }
            } catch (SQLException e) {
                throw new StoreException("cannot store the rank intervals: " + e.getMessage(), e);
            }
            // upsert, then drop the stale rows (see ranking_staging in V004 for why)
            Jdbc.update(store, "INSERT OR REPLACE INTO ranking_interval SELECT * FROM ranking_interval_staging");
            Jdbc.update(
                    store,
                    "DELETE FROM ranking_interval WHERE period = ? AND methodology_version = ? AND category = ?"
                            + " AND kpi = ? AND network = ? AND view = ? AND territory_code NOT IN"
                            + " (SELECT territory_code FROM ranking_interval_staging)",
                    palmares.with());
            Jdbc.update(store, "DELETE FROM ranking_interval_staging");
            return null;
        });
    }

    /**
     * One page of a stored palmarès, by rank then name: the ranked territories of the category (of an
     * area — a région or département code — when given), with their interval when one was stored.
     */
    public List<PlaceRow> places(Palmares palmares, @Nullable String area, int offset, int limit) {
        return Jdbc.query(
                store,
                PLACES + " ORDER BY r.rank, t.name, r.territory_code LIMIT ? OFFSET ?",
                PublishedTable::place,
                palmares.with(area, area, area, area, limit, offset));
    }

    /** The stored ranks of these territories in one palmarès (territories it does not rank are absent). */
    public Map<String, Integer> ranksOf(Palmares palmares, List<String> codes) {
        Map<String, Integer> ranks = new HashMap<>();
        Jdbc.query(
                        store,
                        "SELECT territory_code, rank FROM ranking WHERE period = ? AND methodology_version = ?"
                                + " AND category = ? AND kpi = ? AND network = ? AND view = ?"
                                + " AND list_contains(?, territory_code)",
                        row -> Map.entry(row.getString(1), row.getInt(2)),
                        palmares.with(codes))
                .forEach(e -> ranks.put(e.getKey(), e.getValue()));
        return ranks;
    }

    /** How many territories the stored palmarès (or its area extract) ranks. */
    public long count(Palmares palmares, @Nullable String area) {
        return Jdbc.queryLong(store, "SELECT count(*) FROM (" + PLACES + ")", palmares.with(area, area, area, area));
    }

    private static final String PLACES = "SELECT r.territory_code, coalesce(t.name, r.territory_code) AS name,"
            + " coalesce(t.kind, '') AS kind, t.population, t.departement_code, t.region_code, r.rank, r.tied,"
            + " r.value, r.simulated, i.rank_low, i.rank_high"
            + " FROM ranking r LEFT JOIN territory t ON t.code = r.territory_code"
            + " LEFT JOIN ranking_interval i ON i.period = r.period AND i.methodology_version = r.methodology_version"
            + " AND i.category = r.category AND i.kpi = r.kpi AND i.network = r.network AND i.view = r.view"
            + " AND i.territory_code = r.territory_code"
            + " WHERE r.period = ? AND r.methodology_version = ? AND r.category = ? AND r.kpi = ? AND r.network = ?"
            + " AND r.view = ? AND (?::VARCHAR IS NULL OR r.territory_code = ? OR t.region_code = ?"
            + " OR t.departement_code = ?)";

    private static PlaceRow place(java.sql.ResultSet row) throws SQLException {
        return new PlaceRow(
                row.getString("territory_code"),
                row.getString("name"),
                row.getString("kind"),
                Jdbc.nullableLong(row, "population"),
                row.getString("departement_code"),
                row.getString("region_code"),
                row.getInt("rank"),
                row.getBoolean("tied"),
                Jdbc.nullableDouble(row, "value"),
                row.getBoolean("simulated"),
                Jdbc.nullableInt(row, "rank_low"),
                Jdbc.nullableInt(row, "rank_high"));
    }

    /** Whether any stored rank of the period comes from simulated data. */
    public boolean anySimulated(String period, String version) {
        return Jdbc.queryLong(
                        store,
                        "SELECT count(*) FROM ranking WHERE period = ? AND methodology_version = ? AND simulated",
                        period,
                        version)
                > 0;
    }
}
