package fr.vigie.peers;

import fr.vigie.kpi.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What every peer benchmark of one category needs for a period and a network: each territory's
 * values and composite score. It is the costly part of a benchmark (the whole category read and
 * scored) and the same for every territory of the category, so a caller serving many benchmarks
 * (the web's territory pages) may keep it a while through {@link Cache}; immutable.
 */
public final class CategoryField {
    final List<PeerCandidate> all;
    final CompositeEffect effect;
    final List<@Nullable Double> scores;
    private final Map<String, Integer> indexByCode = new HashMap<>();

    CategoryField(List<PeerCandidate> all, CompositeEffect effect) {
        this.all = List.copyOf(all);
        this.effect = effect;
        this.scores = effect.scores();
        for (int i = 0; i < all.size(); i++) {
            indexByCode.put(all.get(i).code(), i);
        }
    }

    /** Where a benchmark takes a category's field from: loaded each time, or kept by the caller. */
    @FunctionalInterface
    public interface Cache {
        /** No keeping: the field is read and scored for each benchmark. */
        Cache NONE = (key, load) -> load.get();

        /** The field kept under the key while fresh, else the loaded one. */
        CategoryField get(String key, Supplier<CategoryField> load);
    }

    /** The key of a category's field: category, period, network and the composite's weights. */
    static String key(String category, Period period, String network, String weights) {
        return category + "|" + period.label() + "|" + network + "|" + weights;
    }

    /** The index of the territory in {@link #all}. */
    int indexOf(String code) {
        Integer index = indexByCode.get(code);
        if (index == null) {
            throw new IllegalStateException(code + " is missing from its own category");
        }
        return index;
    }
}
