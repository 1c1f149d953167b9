package fr.vigie.demo;

import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.Category;
import fr.vigie.ranking.RankedTerritory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What the demo produced: the podium of every category on the headline KPI, where the store and
 * the exports are, and whether the figures are simulated (they always are in the demo).
 */
public record DemoReport(
        Period period,
        Kpi headline,
        Map<Category, List<RankedTerritory>> podium,
        boolean simulated,
        Path dataset,
        Path store,
        Path exports,
        List<Path> exportedFiles) {

    public DemoReport {
        podium = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(podium));
        exportedFiles = List.copyOf(exportedFiles);
    }
}
