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
 * Places gained or lost by each territory between two palmarès of the same category, view and
 * network (docs/methodology.md, "Movement"): previous rank minus current rank, so +3 is three places
 * gained; "new" for a territory ranked now and not then. Exits are ranked then and not now.
 *
 * @param comparedTo the earlier palmarès as shown to people, e.g. its period "2026-09", or an
 *     edition's label "edition 2025 (methodology 1.0, stored 2026-01-15)"
 * @param movements by territory code, for the territories ranked now
 * @param exits the territories ranked then and not now, in their order then
 * @param edition the published edition compared with, as stored; null when the earlier palmarès was
 *     recomputed under the current methodology
 */
public record RankMovement(
        String comparedTo,
        Map<String, String> movements,
        List<Standing> exits,
        @Nullable Edition edition) {
    public static final String NEW = "new";

    public RankMovement {
        movements = Map.copyOf(movements);
        exits = List.copyOf(exits);
    }

    /** A movement against a palmarès recomputed under the current methodology. */
    public RankMovement(String comparedTo, Map<String, String> movements, List<Standing> exits) {
        this(comparedTo, movements, exits, null);
    }

    /** The same movement, compared with a published edition (its label becomes comparedTo). */
    public RankMovement since(Edition published) {
        return new RankMovement(published.label(), movements, exits, published);
    }

    /** "+3", "-2", "0" or "new"; null for a territory not ranked now. */
    public @Nullable String of(String code) {
        return movements.get(code);
    }

    /** A territory's place in one palmarès. */
    public record Standing(String code, String name, Place place) {}

    /** Compares the KPI palmarès now with the palmarès then, on their raw ranks. */
    public static RankMovement between(Ranking now, Ranking then) {
        return between(standings(now), standings(then), then.period().label());
    }

    /** Compares the composite or size-adjusted palmarès now with the palmarès then. */
    public static RankMovement between(Scoreboard now, Scoreboard then) {
        return between(standings(now), standings(then), then.period().label());
    }

    /** Compares the standings now with the standings then (in their order then for the exits). */
    public static RankMovement between(List<Standing> now, List<Standing> then, String comparedTo) {
        Map<String, Integer> ranksThen = new HashMap<>();
        then.stream()
                .filter(t -> t.place().rank() != null)
                .forEach(t -> ranksThen.put(t.code(), t.place().rank()));
        Map<String, String> movements = new HashMap<>();
        for (Standing t : now) {
            Integer rank = t.place().rank();
            if (rank == null) {
                continue;
            }
            Integer before = ranksThen.get(t.code());
            movements.put(t.code(), before == null ? NEW : signed(before - rank));
        }
        Set<String> rankedNow = movements.keySet();
        List<Standing> exits = then.stream()
                .filter(t -> t.place().rank() != null && !rankedNow.contains(t.code()))
                .collect(Collectors.toList());
        return new RankMovement(comparedTo, movements, exits);
    }

    static List<Standing> standings(Ranking ranking) {
        return ranking.territories().stream()
                .map(t -> new Standing(t.code(), t.name(), t.raw()))
                .toList();
    }

    static List<Standing> standings(Scoreboard board) {
        return board.territories().stream()
                .map(t -> new Standing(t.code(), t.name(), t.place()))
                .toList();
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
