package fr.vigie.ranking;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a palmarès as a table, CSV or JSON. Every format states the methodology version, period and
 * population millésime, and labels simulated data: a "SIMULATED DATA" line (table), a simulated
 * column (CSV), top-level simulated and label fields (JSON).
 */
public final class RankingWriter {
    private RankingWriter() {}

    public static void write(Ranking ranking, RankingFormat format, int limit, PrintWriter out) {
        write(ranking, RankingExtras.NONE, format, limit, out);
    }

    /** Writes the palmarès with the optional interval and movement columns of the extras. */
    public static void write(Ranking ranking, RankingExtras extras, RankingFormat format, int limit, PrintWriter out) {
        switch (format) {
            case TABLE -> table(ranking, extras, limit, out);
            case CSV -> csv(ranking, extras, limit, out);
            case JSON -> json(ranking, extras, limit, out);
        }
        out.flush();
    }

    private static void table(Ranking r, RankingExtras extras, int limit, PrintWriter out) {
        out.printf(
                "Palmarès %s (%s) · %s (%s) · network %s · period %s%n",
                r.category().label(),
                r.category().slug(),
                r.kpi().id(),
                r.kpi().unit(),
                r.network(),
                r.period().label());
        out.printf(
                "Methodology %s · population millésime %s%s%n",
                r.methodologyVersion(), r.populationMillesimeLabel(), PalmaresOutput.simulatedMark(r.simulated()));
        boolean perCapita = r.kpi().perCapita();
        out.printf("%5s  %-10s %-32s %16s", "rank", "code", "territory", r.kpi().id());
        out.print(perCapita ? String.format(Locale.ROOT, "  %5s %16s", "rank", "per 1,000 inh.") : "");
        out.println(RankingExtraColumns.tableHeader(extras));
        for (RankedTerritory t : r.firstTerritories(limit)) {
            out.printf(
                    "%5s  %-10s %-32s %16s",
                    t.raw().label(),
                    t.code(),
                    PalmaresOutput.abbreviate(t.name(), 32),
                    PalmaresOutput.number(t.raw().value()));
            out.print(
                    t.perCapita() == null
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    "  %5s %16s",
                                    t.perCapita().label(),
                                    PalmaresOutput.number(t.perCapita().value())));
            out.println(RankingExtraColumns.tableCells(extras, t.code()));
        }
        PalmaresOutput.hiddenRows(
                r.territories().size() - r.firstTerritories(limit).size(), out);
        RankingExtraColumns.tableFooter(extras, out);
    }

    private static void csv(Ranking r, RankingExtras extras, int limit, PrintWriter out) {
        boolean perCapita = r.kpi().perCapita();
        List<String> header = new ArrayList<>(List.of(
                "rank",
                "tied",
                "territory_code",
                "territory_name",
                "population",
                r.kpi().id()));
        if (perCapita) {
            header.addAll(List.of("per_capita_rank", "per_capita_tied", r.kpi().id() + "-per-1000"));
        }
        header.addAll(RankingExtraColumns.csvHeader(extras));
        header.addAll(List.of(
                "category", "kpi", "network", "period", "methodology_version", "population_millesime", "simulated"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (RankedTerritory t : r.firstTerritories(limit)) {
            List<@Nullable Object> row = new ArrayList<>();
            row.addAll(List.of(
                    t.raw().rank() == null ? "" : t.raw().rank(), t.raw().tied(), t.code(), t.name()));
            row.add(t.population());
            row.add(t.raw().value());
            if (t.perCapita() != null) {
                row.add(t.perCapita().rank());
                row.add(t.perCapita().tied());
                row.add(t.perCapita().value());
            }
            row.addAll(RankingExtraColumns.csvCells(extras, t.code()));
            row.addAll(List.of(
                    r.category().slug(), r.kpi().id(), r.network(), r.period().label()));
            row.add(r.methodologyVersion());
            row.add(t.populationMillesime());
            row.add(t.simulated());
            rows.add(row);
        }
        PalmaresOutput.csv(out, header, rows);
    }

    private static void json(Ranking r, RankingExtras extras, int limit, PrintWriter out) {
        Map<String, @Nullable Object> root = new LinkedHashMap<>();
        root.put("methodology_version", r.methodologyVersion());
        root.put("period", r.period().label());
        root.put("category", r.category().slug());
        root.put("category_label", r.category().label());
        root.put("kpi", r.kpi().id());
        root.put("unit", r.kpi().unit());
        root.put("network", r.network());
        root.put("population_millesime", r.populationMillesimes());
        PalmaresOutput.putSimulated(root, r.simulated());
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        for (RankedTerritory t : r.firstTerritories(limit)) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            row.put("rank", t.raw().rank());
            row.put("tied", t.raw().tied());
            row.put("rank_label", t.raw().label());
            row.put("code", t.code());
            row.put("name", t.name());
            row.put("population", t.population());
            row.put("population_millesime", t.populationMillesime());
            row.put("value", t.raw().value());
            if (t.perCapita() != null) {
                Map<String, @Nullable Object> perCapita = new LinkedHashMap<>();
                perCapita.put("rank", t.perCapita().rank());
                perCapita.put("tied", t.perCapita().tied());
                perCapita.put("rank_label", t.perCapita().label());
                perCapita.put("value", t.perCapita().value());
                row.put("per_1000_inhabitants", perCapita);
            }
            RankingExtraColumns.jsonCells(extras, t.code(), row);
            row.put("simulated", t.simulated());
            rows.add(row);
        }
        root.put("territories", rows);
        RankingExtraColumns.jsonFooter(extras, root);
        PalmaresOutput.json(root, out);
    }
}
