package fr.vigie.ranking;

import fr.vigie.kpi.Period;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A palmarès on a derived score (composite or size-adjusted) of one category, network and period:
 * ranked territories first (by rank, then name), then the unscored ones (by name).
 *
 * @param columns names of each territory's details, e.g. coverage and one percentile per KPI
 * @param model what the score was computed with (weights, or the fit), for JSON and the notes
 * @param notes lines stating the model for people, printed above the table
 * @param area the région or département the territories were extracted for, null: the whole category
 * @param computedNow the KPIs that had to be computed for the period first
 */
public record Scoreboard(
        ScoreView view,
        Category category,
        Period period,
        String network,
        String methodologyVersion,
        List<Integer> populationMillesimes,
        @Nullable Instant firstSnapshot,
        @Nullable Instant lastSnapshot,
        boolean simulated,
        List<String> computedNow,
        @Nullable String area,
        Map<String, Object> model,
        List<String> notes,
        List<String> columns,
        List<ScoredTerritory> territories) {

    public Scoreboard {
        populationMillesimes = List.copyOf(populationMillesimes);
        computedNow = List.copyOf(computedNow);
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        territories = List.copyOf(territories);
    }

    /** The derived scores Vigie ranks on; the id is the ranking table's kpi and view. */
    public enum ScoreView {
        COMPOSITE("composite", "score 0-100"),
        SIZE_ADJUSTED("size-adjusted", "log residual");

        private final String id;
        private final String unit;

        ScoreView(String id, String unit) {
            this.id = id;
            this.unit = unit;
        }

        public String id() {
            return id;
        }

        public String unit() {
            return unit;
        }
    }

    /**
     * One territory of the scoreboard.
     *
     * @param place the score and its competition rank in the whole category (also in an extract)
     * @param details one value per column of the scoreboard, null when unknown
     */
    public record ScoredTerritory(
            String code,
            String name,
            @Nullable Long population,
            @Nullable Integer populationMillesime,
            Place place,
            List<@Nullable Double> details,
            boolean simulated) {}

    public String populationMillesimeLabel() {
        return populationMillesimes.isEmpty()
                ? "unknown"
                : String.join(
                        ", ", populationMillesimes.stream().map(String::valueOf).toList());
    }

    /** The first {@code limit} territories, or all when limit is 0 or less. */
    public List<ScoredTerritory> firstTerritories(int limit) {
        return limit <= 0 || limit >= territories.size() ? territories : territories.subList(0, limit);
    }
}
