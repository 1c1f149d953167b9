package fr.vigie.peers;

import fr.vigie.ranking.CategoryScoring;
import fr.vigie.ranking.CompositeWeights.Weight;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The composite scores of a whole category, and the score one territory would get if one KPI's
 * value were different, the others held: every percentile of that KPI is recomputed within the
 * category, exactly as the composite palmarès does.
 */
final class CompositeEffect {
    private final List<Weight> weights;
    private final List<PeerCandidate> category;
    private final Map<String, List<@Nullable Double>> values = new LinkedHashMap<>();

    CompositeEffect(List<Weight> weights, List<PeerCandidate> category) {
        this.weights = weights;
        this.category = category;
        for (Weight w : weights) {
            values.put(w.kpiId(), category.stream().map(c -> c.value(w.kpiId())).toList());
        }
    }

    /** The composite score of every territory of the category, in its order. */
    List<@Nullable Double> scores() {
        return CategoryScoring.compositeScores(weights, values, category.size());
    }

    /** The composite score of the territory at this index if its value of the KPI were {@code value}. */
    @Nullable Double scoreIf(int index, String kpiId, double value) {
        Map<String, List<@Nullable Double>> changed = new LinkedHashMap<>(values);
        List<@Nullable Double> column = new ArrayList<>(values.get(kpiId));
        column.set(index, value);
        changed.put(kpiId, column);
        return CategoryScoring.compositeScores(weights, changed, category.size())
                .get(index);
    }
}
