package fr.vigie.peers;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A territory of the category with its stored values per KPI id on the chosen network. */
record PeerCandidate(
        String code,
        String name,
        @Nullable Long population,
        @Nullable Integer populationMillesime,
        @Nullable String regionCode,
        Map<String, Double> values,
        boolean simulated) {

    /** Whether the population can be compared on a log scale (known and above 0). */
    boolean hasPopulation() {
        return population != null && population > 0;
    }

    @Nullable Double value(String kpiId) {
        return values.get(kpiId);
    }
}
