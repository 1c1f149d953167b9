package fr.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.BestPosts;
import fr.vigie.kpi.BestPosts.MeasureAge;
import fr.vigie.kpi.Period;
import fr.vigie.kpi.PostOverperformance;
import fr.vigie.store.PerCapitaReference;
import fr.vigie.store.Store;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * bench/best-posts.sh: the territory page's best posts on a synthetic store (KpiComputeBenchmark's).
 * For the territories with the most posts of the month, {@link BestPosts#scoredFor} against the
 * former path of the page (the territory's whole category scored, then filtered), same run, best of
 * 3 each after a warm-up; both must give the same posts and scores.
 */
@Tag("bench")
class BestPostsBenchmark {
    /** The synthetic posts are measured 1 hour and 3 days after publication. */
    private static final MeasureAge AGE = new MeasureAge(72, 6);

    @Test
    void scoresOneTerritorysPostsFasterThanItsWholeCategory() {
        Path file = Path.of(System.getProperty("bench.store", "target/bench/kpi-25000-1000000.duckdb"));
        Period month = Period.parse(System.getProperty("bench.period", "2026-10"));
        int territories = Integer.getInteger("bench.territories", 5);
        try (Store store = Store.open(file)) {
            store.limit("3GB", 2);
            PerCapitaReference.communeCategories(store);
            var best = new BestPosts(store);
            long started = System.nanoTime();
            List<PostOverperformance> all = best.scored(month, null, null, AGE, 0);
            System.out.printf(
                    Locale.ROOT, "every post of %s scored: %,d posts in %.2f s%n", month, all.size(), seconds(started));
            Map<String, Long> postsByTerritory = all.stream()
                    .collect(Collectors.groupingBy(PostOverperformance::territoryCode, Collectors.counting()));
            Map<String, String> categoryOf = all.stream()
                    .collect(Collectors.toMap(
                            PostOverperformance::territoryCode, PostOverperformance::category, (a, b) -> a));
            List<String> chosen = postsByTerritory.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .limit(territories)
                    .map(Map.Entry::getKey)
                    .toList();
            double totalBefore = 0;
            double totalAfter = 0;
            for (String territory : chosen) {
                String category = categoryOf.get(territory);
                Function<Integer, List<PostOverperformance>> before =
                        run -> best.scored(month, category, null, AGE, 0).stream()
                                .filter(p -> p.territoryCode().equals(territory))
                                .toList();
                Function<Integer, List<PostOverperformance>> after = run -> best.scoredFor(territory, month, AGE, 0);
                assertThat(after.apply(0)).containsExactlyElementsOf(before.apply(0));
                double b = bestOf(before);
                double a = bestOf(after);
                totalBefore += b;
                totalAfter += a;
                System.out.printf(
                        Locale.ROOT,
                        "%s (%s, %,d posts): whole category then filter %.3f s, own posts %.3f s, ratio %.1f%n",
                        territory,
                        category,
                        postsByTerritory.get(territory),
                        b,
                        a,
                        b / a);
            }
            System.out.printf(
                    Locale.ROOT,
                    "%d territories: whole category %.3f s, own posts %.3f s, ratio %.1f%n",
                    chosen.size(),
                    totalBefore,
                    totalAfter,
                    totalBefore / totalAfter);
        }
    }

    private static double bestOf(Function<Integer, List<PostOverperformance>> work) {
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long started = System.nanoTime();
            work.apply(run);
            best = Math.min(best, seconds(started));
        }
        return best;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
