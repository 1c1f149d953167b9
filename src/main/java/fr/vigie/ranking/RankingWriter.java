package fr.vigie.ranking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
                r.methodologyVersion(),
                r.populationMillesimeLabel(),
                r.simulated() ? " · " + Ranking.SIMULATED_LABEL + " (not real figures)" : "");
        boolean perCapita = r.kpi().perCapita();
        out.printf("%5s  %-10s %-32s %16s", "rank", "code", "territory", r.kpi().id());
        out.print(perCapita ? String.format(Locale.ROOT, "  %5s %16s", "rank", "per 1,000 inh.") : "");
        out.println(RankingExtraColumns.tableHeader(extras));
        for (RankedTerritory t : r.firstTerritories(limit)) {
            out.printf(
                    "%5s  %-10s %-32s %16s",
                    t.raw().label(),
                    t.code(),
                    abbreviate(t.name(), 32),
                    number(t.raw().value()));
            out.print(
                    t.perCapita() == null
                            ? ""
                            : String.format(
                                    Locale.ROOT,
                                    "  %5s %16s",
                                    t.perCapita().label(),
                                    number(t.perCapita().value())));
            out.println(RankingExtraColumns.tableCells(extras, t));
        }
        int hidden = r.territories().size() - r.firstTerritories(limit).size();
        if (hidden > 0) {
            out.printf("… %d more (use --limit 0 for all)%n", hidden);
        }
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
        try {
            CSVPrinter csv = new CSVPrinter(
                    out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            csv.printRecord(header);
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
                row.addAll(RankingExtraColumns.csvCells(extras, t));
                row.addAll(List.of(
                        r.category().slug(),
                        r.kpi().id(),
                        r.network(),
                        r.period().label()));
                row.add(r.methodologyVersion());
                row.add(t.populationMillesime());
                row.add(t.simulated());
                csv.printRecord(row);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        root.put("simulated", r.simulated());
        if (r.simulated()) {
            root.put("label", Ranking.SIMULATED_LABEL);
        }
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
            RankingExtraColumns.jsonCells(extras, t, row);
            row.put("simulated", t.simulated());
            rows.add(row);
        }
        root.put("territories", rows);
        RankingExtraColumns.jsonFooter(extras, root);
        try {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the palmarès as JSON", e);
        }
    }

    /** A value for people: integers with thousands separators, others with 2 to 4 decimals. */
    static String number(@Nullable Double value) {
        if (value == null) {
            return "no value";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%,.2f" : "%.4f", value);
    }

    /** The text cut to {@code width} characters, an ellipsis marking the cut. */
    static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
