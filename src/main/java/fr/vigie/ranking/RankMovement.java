package fr.vigie.ranking;

import fr.vigie.kpi.Period;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Places gained or lost by each territory between two palmarès of the same category, KPI and
 * network (docs/methodology.md, "Movement"): previous raw rank minus current raw rank, so +3 is three
 * places gained; "new" for a territory ranked now and not then. Exits are ranked then and not now.
 *
 * @param comparedTo the earlier period
 * @param movements by territory code, for the territories ranked now
 * @param exits the territories ranked then and not now, in their order then
 */
public record RankMovement(Period comparedTo, Map<String, String> movements, List<RankedTerritory> exits) {
    public static final String NEW = "new";

    public RankMovement {
        movements = Map.copyOf(movements);
        exits = List.copyOf(exits);
    }

    /** "+3", "-2", "0" or "new"; null for a territory not ranked now. */
    public @Nullable String of(String code) {
        return movements.get(code);
    }

    /** Compares the palmarès now with the palmarès then. */
    public static RankMovement between(Ranking now, Ranking then) {
        Map<String, Integer> ranksThen = new HashMap<>();
        then.territories().stream()
                .filter(t -> t.raw().rank() != null)
                .forEach(t -> ranksThen.put(t.code(), t.raw().rank()));
        Map<String, String> movements = new HashMap<>();
        for (RankedTerritory t : now.territories()) {
            Integer rank = t.raw().rank();
            if (rank == null) {
                continue;
            }
            Integer before = ranksThen.get(t.code());
            movements.put(t.code(), before == null ? NEW : signed(before - rank));
        }
        Set<String> rankedNow = movements.keySet();
        List<RankedTerritory> exits = then.territories().stream()
                .filter(t -> t.raw().rank() != null && !rankedNow.contains(t.code()))
                .collect(Collectors.toList());
        return new RankMovement(then.period(), movements, exits);
    }

    static String signed(int places) {
        return places > 0 ? "+" + places : String.valueOf(places);
    }

    /** The period of the same length just before: 2026-10 gives 2026-09, 2026 gives 2025, 2026-W01 2025-W53. */
    public static Period previous(Period period) {
        LocalDate start = period.start();
        String label = switch (period.granularity()) {
            case YEAR -> String.valueOf(start.getYear() - 1);
            case SEMESTER -> semester(start.minusMonths(6));
            case QUARTER -> quarter(start.minusMonths(3));
            case MONTH ->
                String.format(
                        "%04d-%02d",
                        start.minusMonths(1).getYear(), start.minusMonths(1).getMonthValue());
            case WEEK -> week(start.minusWeeks(1));
            case DAY -> start.minusDays(1).toString();
        };
        return Period.parse(label);
    }

    private static String semester(LocalDate start) {
        return start.getYear() + "-S" + (start.getMonthValue() <= 6 ? 1 : 2);
    }

    private static String quarter(LocalDate start) {
        return start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
    }

    private static String week(LocalDate monday) {
        return String.format(
                "%04d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
