package fr.vigie.web.territory;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.store.TerritoryPageTable.MonthValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A territory's KPI values month by month, oldest first: the table of its page and the source of its
 * chart. Only the KPIs of {@link #SHOWN} that have at least one value are columns.
 */
public record KpiHistory(List<String> kpis, List<Month> months, boolean simulated) {
    /** The KPIs the page shows, in column order; the chart draws audience and engagement rate. */
    static final List<String> SHOWN = List.of(
            KpiCatalogue.AUDIENCE.id(),
            KpiCatalogue.AUDIENCE_PER_1000.id(),
            KpiCatalogue.ENGAGEMENT_RATE.id(),
            KpiCatalogue.POSTS_PER_DAY.id(),
            KpiCatalogue.GROWTH.id(),
            KpiCatalogue.RESPONSE_TIME.id(),
            KpiCatalogue.SERVICE_LEVEL.id(),
            KpiCatalogue.PARTICIPATION_PER_1000.id());

    /** Months the page goes back. */
    static final int MONTHS = 12;

    public KpiHistory {
        kpis = List.copyOf(kpis);
        months = List.copyOf(months);
    }

    /** One month: the values in the order of {@link #kpis()}, null where none is stored. */
    public record Month(String month, List<@Nullable Double> values) {}

    static KpiHistory of(List<MonthValue> stored) {
        List<String> kpis = SHOWN.stream()
                .filter(k -> stored.stream().anyMatch(v -> v.kpi().equals(k) && v.value() != null))
                .toList();
        Map<String, Map<String, Double>> byMonth = new LinkedHashMap<>();
        for (MonthValue v : stored) {
            Map<String, Double> values = byMonth.computeIfAbsent(v.month(), m -> new LinkedHashMap<>());
            if (v.value() != null) {
                values.put(v.kpi(), v.value());
            }
        }
        List<Month> months = new ArrayList<>();
        byMonth.forEach((month, values) -> {
            List<@Nullable Double> row = new ArrayList<>();
            kpis.forEach(k -> row.add(values.get(k)));
            months.add(new Month(month, row));
        });
        return new KpiHistory(kpis, months, stored.stream().anyMatch(MonthValue::simulated));
    }

    /** The latest month, null when nothing is stored. */
    public @Nullable String latestMonth() {
        return months.isEmpty() ? null : months.getLast().month();
    }

    /** How many decimals a KPI's values are shown with. */
    public static int decimals(String kpi) {
        return kpi.equals(KpiCatalogue.AUDIENCE.id()) ? 0 : 2;
    }
}
