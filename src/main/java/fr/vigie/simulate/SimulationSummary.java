package fr.vigie.simulate;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a run wrote.
 *
 * @param counts rows per file name, in import order
 */
public record SimulationSummary(Path folder, int territories, long accounts, Map<String, Long> counts) {
    public SimulationSummary {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}
