package fr.vigie.ranking;

import fr.vigie.ranking.Scoreboard.ScoredTerritory;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a composite or size-adjusted palmarès as a table, CSV or JSON. Every format states the
 * methodology version, period, snapshot dates, population millésime and the model (weights or fit),
 * and labels simulated data as {@link RankingWriter} does; the extras add rank intervals and movement.
 */
public final class ScoreboardWriter {
    private ScoreboardWriter() {}

    public static void write(Scoreboard board, RankingFormat format, int limit, PrintWriter out) {
        write(board, RankingExtras.NONE, format, limit, out);
    }

    /** Writes the palmarès with the optional interval and movement columns of the extras. */
    public static void write(Scoreboard board, RankingExtras extras, RankingFormat format, int limit, PrintWriter out) {
        switch (format) {
            case TABLE -> table(board, extras, limit, out);
            case CSV -> csv(board, extras, limit, out);
            case JSON -> json(board, extras, limit, out);
        }
        out.flush();
    }

    private static void table(Scoreboard b, RankingExtras extras, int limit, PrintWriter out) {
        out.printf(
                "Palmarès %s (%s) · %s (%s) · network %s · period %s%s%n",
                b.category().label(),
                b.category().slug(),
                b.view().id(),
                b.view().unit(),
                b.network(),
                b.period().label(),
                b.area() == null ? "" : " · extract " + b.area() + " (ranks of the whole category)");
        out.printf(
                "Methodology %s · population millésime %s · snapshots %s to %s%s%n",
                b.methodologyVersion(),
                b.populationMillesimeLabel(),
                date(b.firstSnapshot()),
                date(b.lastSnapshot()),
                PalmaresOutput.simulatedMark(b.simulated()));
        b.notes().forEach(out::println);
        out.printf(
                "%5s  %-10s %-32s %12s", "rank", "code", "territory", b.view().id());
        b.columns().forEach(c -> out.printf(" %14s", PalmaresOutput.abbreviate(c, 14)));
        out.println(RankingExtraColumns.tableHeader(extras));
        for (ScoredTerritory t : b.firstTerritories(limit)) {
            out.printf(
                    "%5s  %-10s %-32s %12s",
                    t.place().label(),
                    t.code(),
                    PalmaresOutput.abbreviate(t.name(), 32),
                    PalmaresOutput.number(t.place().value()));
            t.details().forEach(d -> out.printf(" %14s", d == null ? "-" : PalmaresOutput.number(d)));
            out.println(RankingExtraColumns.tableCells(extras, t.code()));
        }
        PalmaresOutput.hiddenRows(
                b.territories().size() - b.firstTerritories(limit).size(), out);
        RankingExtraColumns.tableFooter(extras, out);
    }

    private static void csv(Scoreboard b, RankingExtras extras, int limit, PrintWriter out) {
        List<String> header = new ArrayList<>(List.of(
                "rank",
                "tied",
                "territory_code",
                "territory_name",
                "population",
                b.view().id()));
        header.addAll(b.columns());
        header.addAll(RankingExtraColumns.csvHeader(extras));
        header.addAll(List.of(
                "category",
                "network",
                "period",
                "methodology_version",
                "population_millesime",
                "first_snapshot",
                "last_snapshot",
                "simulated"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (ScoredTerritory t : b.firstTerritories(limit)) {
            List<@Nullable Object> row = new ArrayList<>();
            row.add(t.place().rank() == null ? "" : t.place().rank());
            row.add(t.place().tied());
            row.add(t.code());
            row.add(t.name());
            row.add(t.population());
            row.add(t.place().value());
            row.addAll(t.details());
            row.addAll(RankingExtraColumns.csvCells(extras, t.code()));
            row.addAll(List.of(b.category().slug(), b.network(), b.period().label(), b.methodologyVersion()));
            row.add(t.populationMillesime());
            row.add(instant(b.firstSnapshot()));
            row.add(instant(b.lastSnapshot()));
            row.add(t.simulated());
            rows.add(row);
        }
        PalmaresOutput.csv(out, header, rows);
    }

    private static void json(Scoreboard b, RankingExtras extras, int limit, PrintWriter out) {
        Map<String, @Nullable Object> root = new LinkedHashMap<>();
        root.put("methodology_version", b.methodologyVersion());
        root.put("view", b.view().id());
        root.put("period", b.period().label());
        root.put("category", b.category().slug());
        root.put("category_label", b.category().label());
        root.put("network", b.network());
        root.put("area", b.area());
        root.put("population_millesime", b.populationMillesimes());
        root.put("first_snapshot", instant(b.firstSnapshot()));
        root.put("last_snapshot", instant(b.lastSnapshot()));
        PalmaresOutput.putSimulated(root, b.simulated());
        root.put("computed_now", b.computedNow());
        root.put("model", b.model());
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        for (ScoredTerritory t : b.firstTerritories(limit)) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            row.put("rank", t.place().rank());
            row.put("tied", t.place().tied());
            row.put("rank_label", t.place().label());
            row.put("code", t.code());
            row.put("name", t.name());
            row.put("population", t.population());
            row.put("population_millesime", t.populationMillesime());
            row.put("score", t.place().value());
            for (int i = 0; i < b.columns().size(); i++) {
                row.put(b.columns().get(i), t.details().get(i));
            }
            RankingExtraColumns.jsonCells(extras, t.code(), row);
            row.put("simulated", t.simulated());
            rows.add(row);
        }
        root.put("territories", rows);
        RankingExtraColumns.jsonFooter(extras, root);
        PalmaresOutput.json(root, out);
    }

    private static @Nullable String instant(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static String date(@Nullable Instant instant) {
        return instant == null ? "unknown" : instant.toString().substring(0, 10);
    }
}
