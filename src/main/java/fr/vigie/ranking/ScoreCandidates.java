package fr.vigie.ranking;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.Period;
import fr.vigie.store.ScoreTable;
import fr.vigie.store.Store;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The territories of a category with their stored values of the KPIs a derived score reads, in code order. */
final class ScoreCandidates {
    private final ScoreTable table;

    ScoreCandidates(Store store) {
        this.table = new ScoreTable(store);
    }

    /** A territory of the category with its values per KPI id (absent: no value). */
    record Candidate(
            String code,
            String name,
            @Nullable Long population,
            @Nullable Integer populationMillesime,
            Map<String, Double> values,
            boolean simulated) {

        /** The value of the KPI, NaN when the territory has none. */
        double valueOrNaN(String kpiId) {
            Double value = values.get(kpiId);
            return value == null || !Double.isFinite(value) ? Double.NaN : value;
        }
    }

    List<Candidate> load(Category category, List<String> kpiIds, Period period, String network) {
        Map<String, Candidate> byCode = new LinkedHashMap<>();
        for (var row :
                table.values(category.slug(), kpiIds, KpiCatalogue.METHODOLOGY_VERSION, period.label(), network)) {
            Candidate c = byCode.computeIfAbsent(
                    row.code(),
                    code -> new Candidate(
                            code,
                            row.name(),
                            row.population(),
                            row.populationMillesime(),
                            new LinkedHashMap<>(),
                            false));
            if (row.kpi() != null && row.value() != null) {
                c.values().put(row.kpi(), row.value());
            }
            if (row.simulated() && !c.simulated()) {
                byCode.put(
                        c.code(),
                        new Candidate(c.code(), c.name(), c.population(), c.populationMillesime(), c.values(), true));
            }
        }
        return List.copyOf(byCode.values());
    }
}
