package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.ScoreCandidates.Candidate;
import fr.vigie.ranking.Scoreboard.ScoreView;
import fr.vigie.ranking.Scoreboard.ScoredTerritory;
import fr.vigie.store.RankingTable;
import fr.vigie.store.ScoreTable;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the scores of a whole category into its palmarès: competition ranks, palmarès order (rank,
 * then name), the ranks stored in the ranking table under the score's view, then the extract shown
 * for a région or département and what the output states (millésimes, snapshot dates, simulated).
 */
final class ScoreboardAssembly {
    private final RankingTable rankings;
    private final ScoreTable table;

    ScoreboardAssembly(Store store) {
        this.rankings = new RankingTable(store);
        this.table = new ScoreTable(store);
    }

    /**
     * @param within the codes of the extract's area, null for the whole category
     * @param scores aligned with candidates and details, null for an unscored territory
     */
    Scoreboard board(
            ScoreView view,
            Category category,
            Period period,
            String network,
            @Nullable Set<String> within,
            @Nullable String area,
            List<String> computed,
            List<Candidate> candidates,
            List<@Nullable Double> scores,
            List<List<@Nullable Double>> details,
            List<String> columns,
            Map<String, Object> model,
            List<String> notes) {
        List<Place> places = CompetitionRanking.places(scores, BetterDirection.HIGHER);
        List<ScoredTerritory> all = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            all.add(new ScoredTerritory(
                    c.code(),
                    c.name(),
                    c.population(),
                    c.populationMillesime(),
                    places.get(i),
                    details.get(i),
                    c.simulated()));
        }
        all.sort(java.util.Comparator.comparing(
                        (ScoredTerritory t) -> t.place().rank(),
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(ScoredTerritory::name)
                .thenComparing(ScoredTerritory::code));
        rankings.replace(
                period.label(),
                KpiCatalogue.METHODOLOGY_VERSION,
                category.slug(),
                view.id(),
                network,
                Instant.now(),
                all.stream()
                        .filter(t -> t.place().rank() != null)
                        .map(t -> new RankingTable.Row(
                                view.id(),
                                t.code(),
                                t.place().rank(),
                                t.place().tied(),
                                t.place().value(),
                                t.simulated()))
                        .toList());
        List<ScoredTerritory> shown = within == null
                ? all
                : all.stream().filter(t -> within.contains(t.code())).toList();
        var span = table.snapshotSpan(category.slug(), network, period.endInstant());
        return new Scoreboard(
                view,
                category,
                period,
                network,
                KpiCatalogue.METHODOLOGY_VERSION,
                shown.stream()
                        .map(ScoredTerritory::populationMillesime)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList(),
                span.first(),
                span.last(),
                shown.stream().anyMatch(t -> t.simulated() && t.place().rank() != null),
                computed,
                area,
                model,
                notes,
                columns,
                shown);
    }
}
