package fr.vigie.kpi;

import fr.vigie.kpi.KpiService.TerritoryKpiValue;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Plain-text views of the catalogue and of one territory's values, for the terminal. */
public final class KpiSheet {
    private KpiSheet() {}

    /** Every KPI with its unit, better direction and definition. */
    public static void catalogue(PrintWriter out) {
        out.printf("KPIs of methodology %s (docs/methodology.md)%n", KpiCatalogue.METHODOLOGY_VERSION);
        for (Kpi kpi : KpiCatalogue.ALL) {
            out.printf(
                    "%n%s — %s (%s; %s is better%s)%n  %s%n",
                    kpi.id(),
                    kpi.title(),
                    kpi.unit(),
                    kpi.betterDirection() == Kpi.BetterDirection.HIGHER ? "higher" : "lower",
                    kpi.perCapita() ? "; ranked per 1,000 inhabitants too" : "",
                    kpi.description());
        }
        out.flush();
    }

    /** A territory's values for a period: one line per KPI and network, 'all' first. */
    public static void territory(
            String code, String name, Period period, List<TerritoryKpiValue> values, PrintWriter out) {
        out.printf(
                "%s (%s) · period %s · methodology %s%n", name, code, period.label(), KpiCatalogue.METHODOLOGY_VERSION);
        values.stream()
                .map(TerritoryKpiValue::populationMillesime)
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(m -> out.printf("population millésime %d%n", m));
        if (values.stream().anyMatch(TerritoryKpiValue::simulated)) {
            out.println("SIMULATED DATA (not real figures)");
        }
        if (values.isEmpty()) {
            out.println("no values: this territory has no official account with data for the period");
        }
        Kpi previous = null;
        for (TerritoryKpiValue v : values) {
            String label = v.kpi() == previous ? "" : v.kpi().id();
            out.printf(
                    "%-26s %-10s %16s  %s%s%n",
                    label,
                    v.network(),
                    number(v.value()),
                    v.value() == null ? "" : v.kpi().unit(),
                    v.simulated() ? "  (simulated)" : "");
            previous = v.kpi();
        }
        out.flush();
    }

    static String number(@Nullable Double value) {
        if (value == null) {
            return "no value";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.2f" : "%.4f", value);
    }
}
