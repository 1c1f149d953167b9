package fr.vigie.peers;

import fr.vigie.store.PeerTable.ValueRow;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups the stored value rows of a category into one candidate per territory, in code order. */
final class PeerCandidates {
    private PeerCandidates() {}

    static List<PeerCandidate> of(List<ValueRow> rows) {
        Map<String, ValueRow> first = new LinkedHashMap<>();
        Map<String, Map<String, Double>> values = new HashMap<>();
        Map<String, Boolean> simulated = new HashMap<>();
        for (ValueRow row : rows) {
            first.putIfAbsent(row.code(), row);
            Map<String, Double> own = values.computeIfAbsent(row.code(), code -> new LinkedHashMap<>());
            if (row.kpi() != null && row.value() != null) {
                own.put(row.kpi(), row.value());
            }
            simulated.merge(row.code(), row.simulated(), Boolean::logicalOr);
        }
        return first.values().stream()
                .map(row -> new PeerCandidate(
                        row.code(),
                        row.name(),
                        row.population(),
                        row.populationMillesime(),
                        row.regionCode(),
                        Map.copyOf(values.get(row.code())),
                        simulated.get(row.code())))
                .toList();
    }
}
