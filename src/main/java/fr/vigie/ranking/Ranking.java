package fr.vigie.ranking;

import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.Period;
import java.util.List;

/**
 * A palmarès: the territories of one category ranked on one KPI, network and period, ranked ones
 * first (by raw rank, then name), then those without a value (by name).
 *
 * @param populationMillesimes the distinct millésimes of the territories' populations, ascending
 * @param simulated whether any ranked value comes from simulated data: shown as "SIMULATED DATA"
 * @param computedNow whether the KPI had to be computed for this period first
 */
public record Ranking(
        Category category,
        Period period,
        Kpi kpi,
        String network,
        String methodologyVersion,
        List<Integer> populationMillesimes,
        boolean simulated,
        boolean computedNow,
        List<RankedTerritory> territories) {

    public static final String SIMULATED_LABEL = "SIMULATED DATA";

    public Ranking {
        populationMillesimes = List.copyOf(populationMillesimes);
        territories = List.copyOf(territories);
    }

    /** The millésimes as stated beside every output, e.g. "2022" or "2021, 2022", or "unknown". */
    public String populationMillesimeLabel() {
        return populationMillesimes.isEmpty()
                ? "unknown"
                : String.join(
                        ", ", populationMillesimes.stream().map(String::valueOf).toList());
    }

    /** The first {@code limit} territories, or all when limit is 0 or less. */
    public List<RankedTerritory> firstTerritories(int limit) {
        return limit <= 0 || limit >= territories.size() ? territories : territories.subList(0, limit);
    }
}
