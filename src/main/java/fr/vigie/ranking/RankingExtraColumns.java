package fr.vigie.ranking;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The interval and movement columns of a palmarès output, for each format of {@link RankingWriter} and
 * {@link ScoreboardWriter}, by territory code.
 */
final class RankingExtraColumns {
    private RankingExtraColumns() {}

    static String tableHeader(RankingExtras extras) {
        StringBuilder header = new StringBuilder();
        if (extras.uncertainty() != null) {
            header.append(String.format(Locale.ROOT, "  %9s %-14s", "interval", "same as ranks"));
        }
        if (extras.movement() != null) {
            header.append(String.format(Locale.ROOT, "  %8s", "movement"));
        }
        return header.toString();
    }

    static String tableCells(RankingExtras extras, String code) {
        StringBuilder cells = new StringBuilder();
        RankUncertainty u = extras.uncertainty();
        if (u != null) {
            RankInterval interval = u.of(code);
            cells.append(String.format(
                    Locale.ROOT,
                    "  %9s %-14s",
                    interval == null ? "-" : interval.label(),
                    u.indistinguishableFrom(code)));
        }
        RankMovement m = extras.movement();
        if (m != null) {
            String movement = m.of(code);
            cells.append(String.format(Locale.ROOT, "  %8s", movement == null ? "-" : movement));
        }
        return cells.toString();
    }

    static void tableFooter(RankingExtras extras, PrintWriter out) {
        RankUncertainty u = extras.uncertainty();
        if (u != null) {
            out.println(
                    u.method().equals(RankUncertainty.NONE)
                            ? "Intervals: nothing to resample (values from follower snapshots): interval = rank."
                            : String.format(
                                    Locale.ROOT,
                                    "Intervals: 2.5-97.5 %% percentiles of the rank over %d bootstrap resamples of the"
                                            + " %s (seed %d); \"same as ranks\" lists the ranks whose intervals overlap:"
                                            + " those differences are not significant.",
                                    u.resamples(),
                                    u.method(),
                                    u.seed()));
        }
        RankMovement m = extras.movement();
        if (m != null) {
            out.printf("Movement since %s (+ places gained, - places lost, new = not ranked then)%n", m.comparedTo());
            Edition edition = m.edition();
            if (edition != null && edition.mixesMethodologies()) {
                out.println(edition.mixedMethodologiesNote());
            }
            if (m.exits().isEmpty()) {
                out.println("Exits: none");
            } else {
                out.printf("Exits (ranked in %s, not now):%n", m.comparedTo());
                for (RankMovement.Standing t : m.exits()) {
                    out.printf(
                            "  %-10s %s (was %s)%n",
                            t.code(), t.name(), t.place().label());
                }
            }
        }
    }

    static List<String> csvHeader(RankingExtras extras) {
        List<String> header = new ArrayList<>();
        if (extras.uncertainty() != null) {
            header.addAll(List.of("rank_low", "rank_high", "indistinguishable_from"));
        }
        if (extras.movement() != null) {
            header.add("movement");
        }
        return header;
    }

    static List<@Nullable Object> csvCells(RankingExtras extras, String code) {
        List<@Nullable Object> cells = new ArrayList<>();
        RankUncertainty u = extras.uncertainty();
        if (u != null) {
            RankInterval interval = u.of(code);
            cells.add(interval == null ? null : interval.low());
            cells.add(interval == null ? null : interval.high());
            cells.add(u.indistinguishableFrom(code));
        }
        RankMovement m = extras.movement();
        if (m != null) {
            cells.add(m.of(code));
        }
        return cells;
    }

    static void jsonCells(RankingExtras extras, String code, Map<String, @Nullable Object> row) {
        RankUncertainty u = extras.uncertainty();
        if (u != null) {
            RankInterval interval = u.of(code);
            row.put("rank_low", interval == null ? null : interval.low());
            row.put("rank_high", interval == null ? null : interval.high());
            row.put("indistinguishable_from", u.indistinguishableFrom(code));
        }
        RankMovement m = extras.movement();
        if (m != null) {
            row.put("movement", m.of(code));
        }
    }

    static void jsonFooter(RankingExtras extras, Map<String, @Nullable Object> root) {
        RankUncertainty u = extras.uncertainty();
        if (u != null) {
            Map<String, @Nullable Object> uncertainty = new LinkedHashMap<>();
            uncertainty.put("method", u.method());
            uncertainty.put("resamples", u.method().equals(RankUncertainty.NONE) ? 0 : u.resamples());
            uncertainty.put("seed", u.seed());
            uncertainty.put("percentiles", List.of(Bootstrap.LOW_PERCENTILE * 100, Bootstrap.HIGH_PERCENTILE * 100));
            root.put("uncertainty", uncertainty);
        }
        RankMovement m = extras.movement();
        if (m != null) {
            root.put("compared_to", m.comparedTo());
            Edition edition = m.edition();
            if (edition != null) {
                root.put("compared_to_methodology", edition.methodologyVersion());
                root.put("compared_to_stored_at", edition.storedAt().toString());
                if (edition.mixesMethodologies()) {
                    root.put("compared_to_note", edition.mixedMethodologiesNote());
                }
            }
            List<Map<String, @Nullable Object>> exits = new ArrayList<>();
            for (RankMovement.Standing t : m.exits()) {
                Map<String, @Nullable Object> exit = new LinkedHashMap<>();
                exit.put("code", t.code());
                exit.put("name", t.name());
                exit.put("rank_then", t.place().rank());
                exits.add(exit);
            }
            root.put("exits", exits);
        }
    }
}
