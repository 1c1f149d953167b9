package fr.vigie.kpi;

import fr.vigie.VigieException;
import fr.vigie.store.KpiTable;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Computes the KPIs of the catalogue for a period and stores them (kpi_value) with the methodology
 * version, the population millésime of each territory and the simulated flag of their inputs.
 */
public final class KpiService {
    private final Store store;
    private final KpiTable table;

    public KpiService(Store store) {
        this.store = store;
        this.table = new KpiTable(store);
    }

    /** What one computation stored: rows per KPI id, in catalogue order. */
    public record ComputeResult(Period period, Map<String, Long> rowsByKpi) {
        public ComputeResult {
            rowsByKpi = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByKpi));
        }

        public long totalRows() {
            return rowsByKpi.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A stored territory value, for display. */
    public record TerritoryKpiValue(
            Kpi kpi,
            String network,
            @Nullable Double value,
            @Nullable Integer populationMillesime,
            boolean simulated) {}

    /** Computes every KPI of the catalogue for the period. */
    public ComputeResult compute(Period period) {
        return compute(period, KpiCatalogue.ALL, kpi -> {});
    }

    /** Computes the given KPIs for the period. */
    public ComputeResult compute(Period period, List<Kpi> kpis) {
        return compute(period, kpis, kpi -> {});
    }

    /**
     * Computes the given KPIs for the period in one transaction, replacing the values stored for that
     * period and methodology version (idempotent), telling {@code onStart} before each KPI.
     */
    public ComputeResult compute(Period period, List<Kpi> kpis, Consumer<Kpi> onStart) {
        return compute(period, kpis, KpiCatalogue.METHODOLOGY_VERSION, onStart);
    }

    /**
     * Recomputes the given KPIs of an older methodology version and stores them under that version's
     * label, leaving the values of other versions alone: how a past edition is reproduced.
     *
     * @throws VigieException when a KPI did not exist in that version, or the version is unknown
     */
    public ComputeResult compute(Period period, List<Kpi> kpis, String methodologyVersion, Consumer<Kpi> onStart) {
        String version = methodologyVersion.strip();
        List<Kpi> ofVersion = KpiCatalogue.kpisOf(version);
        for (Kpi kpi : kpis) {
            if (!ofVersion.contains(kpi)) {
                throw new VigieException("KPI " + kpi.id() + " does not exist in methodology " + version + ": it has "
                        + ofVersion.stream().map(Kpi::id).toList());
            }
        }
        Instant computedAt = Instant.now();
        Map<String, Long> rows = new LinkedHashMap<>();
        store.inTransaction(() -> {
            for (Kpi kpi : kpis) {
                onStart.accept(kpi);
                rows.put(
                        kpi.id(),
                        table.replace(
                                kpi.id(),
                                version,
                                period.label(),
                                period.startInstant(),
                                period.endInstant(),
                                kpi.sql(),
                                computedAt));
            }
            return null;
        });
        return new ComputeResult(period, rows);
    }

    /** Whether the KPI's stored values for the period are complete: computed after the last import. */
    public boolean hasCurrentValues(Period period, Kpi kpi) {
        return table.hasCurrentValues(kpi.id(), KpiCatalogue.METHODOLOGY_VERSION, period.label());
    }

    /**
     * The stored values of a territory for the period, in catalogue order then 'all' first.
     *
     * @throws VigieException when the territory code is unknown
     */
    public List<TerritoryKpiValue> territoryValues(String territoryCode, Period period) {
        territoryName(territoryCode);
        var values = table.territoryValues(territoryCode, KpiCatalogue.METHODOLOGY_VERSION, period.label());
        return KpiCatalogue.ALL.stream()
                .flatMap(kpi -> values.stream()
                        .filter(v -> v.kpi().equals(kpi.id()))
                        .map(v -> new TerritoryKpiValue(
                                kpi, v.network(), v.value(), v.populationMillesime(), v.simulated())))
                .toList();
    }

    /** The name of a territory of the registry, or a VigieException saying how to find codes. */
    public String territoryName(String territoryCode) {
        return table.territoryName(territoryCode)
                .orElseThrow(() -> new VigieException("unknown territory code '" + territoryCode
                        + "': use its INSEE code (SIREN for an EPCI); find it with `vigie territories search <name>`"));
    }
}
