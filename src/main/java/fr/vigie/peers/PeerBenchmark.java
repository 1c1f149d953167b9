package fr.vigie.peers;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.peers.PeerReport.Acceleration;
import fr.vigie.peers.PeerReport.KpiLine;
import fr.vigie.peers.PeerReport.Peer;
import fr.vigie.peers.PeerReport.Subject;
import fr.vigie.ranking.CategoryScoring;
import fr.vigie.ranking.CompositeWeights;
import fr.vigie.ranking.CompositeWeights.Weight;
import fr.vigie.store.PeerTable;
import fr.vigie.store.Store;
import fr.vigie.territory.CategoryRule;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryRegistry;
import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * `vigie peers`: benchmarks a territory against its nearest territories of the same category
 * (docs/methodology.md, "Peers"). Computes the composite KPIs for the period first when their values
 * are missing or older than the last import, as the composite palmarès does.
 */
public final class PeerBenchmark {
    private final TerritoryRegistry territories;
    private final KpiService kpis;
    private final CompositeWeights weights;
    private final PeerTable table;
    private final CategoryField.Cache fields;
    private final Computing computing;

    /** Whether a benchmark first computes the composite's KPIs that are missing or older than the last import. */
    public enum Computing {
        /** As `vigie peers` does. */
        WHEN_STALE,
        /** Reads the stored values as they are: a web request never computes (the values come with publications). */
        NEVER
    }

    public PeerBenchmark(Store store, TerritoryRegistry territories, KpiService kpis, CompositeWeights weights) {
        this(store, territories, kpis, weights, CategoryField.Cache.NONE, Computing.WHEN_STALE);
    }

    /** A benchmark taking each category's field from the cache (shared by the benchmarks of a category). */
    public PeerBenchmark(
            Store store,
            TerritoryRegistry territories,
            KpiService kpis,
            CompositeWeights weights,
            CategoryField.Cache fields,
            Computing computing) {
        this.computing = computing;
        this.territories = territories;
        this.kpis = kpis;
        this.weights = weights;
        this.table = new PeerTable(store);
        this.fields = fields;
    }

    /** The last month completed in Paris on this clock: the default period. */
    public static Period lastCompleteMonth(Clock clock) {
        return Period.parse(
                YearMonth.now(clock.withZone(Period.PARIS)).minusMonths(1).toString());
    }

    /**
     * The peer benchmark of the territory a person means by a code.
     *
     * @param network 'all' or a network id
     * @param limit how many peers (more on a tie in population distance at the cut-off)
     */
    public PeerReport compare(String typed, Period period, String network, boolean sameRegion, int limit) {
        if (limit < 1) {
            throw new VigieException("--limit should be at least 1 peer, got " + limit);
        }
        Territory territory = territories.resolve(typed);
        CategoryRule category = territories
                .category(territory.code())
                .orElseThrow(() -> new VigieException(territory.code() + " (" + territory.name()
                        + ") belongs to no category: peers are taken within a category (see `vigie territories"
                        + " categories`)"));
        String networkId = CategoryScoring.networkId(network);
        List<String> computed = computing == Computing.WHEN_STALE ? computeMissing(period) : List.of();
        List<Weight> composite =
                weights.weights().stream().filter(w -> w.weight() > 0).toList();
        String version = KpiCatalogue.METHODOLOGY_VERSION;
        // the whole category is read for the composite's KPIs only; every KPI for the territory and its peers
        Supplier<CategoryField> load = () -> {
            List<PeerCandidate> candidates = PeerCandidates.of(table.values(
                    category.category(),
                    version,
                    period.label(),
                    networkId,
                    composite.stream().map(Weight::kpiId).toList()));
            return new CategoryField(candidates, new CompositeEffect(composite, candidates));
        };
        // values just computed are new: the field is read again rather than taken from the cache
        CategoryField field = computed.isEmpty()
                ? fields.get(CategoryField.key(category.category(), period, networkId, weights.source()), load)
                : load.get();
        List<PeerCandidate> all = field.all;
        int index = field.indexOf(territory.code());
        if (!all.get(index).hasPopulation()) {
            throw new VigieException(territory.code() + " (" + territory.name() + ") has no population above 0 in"
                    + " the registry: peers are chosen by population, so none can be chosen");
        }
        var chosen = PeerSelection.select(all.get(index), all, sameRegion, limit);
        if (chosen.isEmpty()) {
            throw new VigieException("no other territory of category " + category.category() + " has a population"
                    + (sameRegion ? " in région " + territory.regionCode() + ": try without --same-region" : ""));
        }
        CompositeEffect effect = field.effect;
        List<@Nullable Double> scores = field.scores;
        Map<String, PeerCandidate> complete = new HashMap<>();
        PeerCandidates.of(table.valuesOf(
                        Stream.concat(
                                        Stream.of(territory.code()),
                                        chosen.stream().map(c -> c.candidate().code()))
                                .toList(),
                        version,
                        period.label(),
                        networkId))
                .forEach(c -> complete.put(c.code(), c));
        PeerCandidate target = complete.get(territory.code());
        List<PeerCandidate> peers =
                chosen.stream().map(c -> complete.get(c.candidate().code())).toList();
        List<KpiLine> lines = PeerComparison.lines(composite, target, peers);
        Double score = scores.get(index);
        List<Acceleration> accelerate =
                Accelerations.of(lines, score, (kpiId, median) -> effect.scoreIf(index, kpiId, median));
        return new PeerReport(
                new Subject(territory.code(), territory.name(), target.population(), target.regionCode()),
                category.category(),
                category.label(),
                period,
                networkId,
                KpiCatalogue.METHODOLOGY_VERSION,
                Stream.concat(Stream.of(target), peers.stream())
                        .map(PeerCandidate::populationMillesime)
                        .filter(Objects::nonNull)
                        .distinct()
                        .sorted()
                        .toList(),
                target.simulated() || peers.stream().anyMatch(PeerCandidate::simulated),
                sameRegion,
                limit,
                weights.source(),
                score,
                chosen.stream()
                        .map(c -> new Peer(
                                c.candidate().code(),
                                c.candidate().name(),
                                c.candidate().population(),
                                c.candidate().regionCode(),
                                c.distance(),
                                scores.get(field.indexOf(c.candidate().code())),
                                complete.get(c.candidate().code()).simulated()))
                        .toList(),
                lines,
                accelerate,
                computed);
    }

    private List<String> computeMissing(Period period) {
        List<Kpi> missing = weights.kpiIds().stream()
                .flatMap(id -> KpiCatalogue.find(id).stream())
                .filter(kpi -> !kpis.hasCurrentValues(period, kpi))
                .toList();
        if (!missing.isEmpty()) {
            kpis.compute(period, missing);
        }
        return missing.stream().map(Kpi::id).toList();
    }
}
