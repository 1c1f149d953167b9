package fr.vigie.ranking;

import fr.vigie.VigieException;
import fr.vigie.account.Network;
import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.store.RankingTable;
import fr.vigie.store.RankingTable.Candidate;
import fr.vigie.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Ranks the territories of a category (palmarès v1): raw values and, where it makes sense, values
 * per 1,000 inhabitants side by side, each with its own competition rank; stores the result in the
 * ranking table. Computes the KPI for the period first when it has no values yet.
 */
public final class RankService {
    /** The network value meaning every network of a territory together. */
    public static final String ALL_NETWORKS = "all";

    private final RankingTable table;
    private final KpiService kpis;

    public RankService(Store store, KpiService kpis) {
        this.table = new RankingTable(store);
        this.kpis = kpis;
    }

    /** The categories of the editable rules, in rule order. */
    public List<Category> categories() {
        return table.categories().stream()
                .map(c -> new Category(c.slug(), c.label()))
                .toList();
    }

    /**
     * Ranks a category on a KPI and a network ('all' or a network id) for a period.
     *
     * @throws VigieException for an unknown category or network, naming the known ones
     */
    public Ranking rank(String categorySlug, Period period, Kpi kpi, String network) {
        Category category = category(categorySlug);
        String networkId = networkId(network);
        boolean computedNow = computeIfStale(period, kpi);
        List<Candidate> candidates = table.candidates(
                category.slug(), kpi.id(), KpiCatalogue.METHODOLOGY_VERSION, period.label(), networkId);
        Ranking ranking = ranking(category, period, kpi, networkId, candidates, computedNow);
        table.replace(
                period.label(),
                KpiCatalogue.METHODOLOGY_VERSION,
                category.slug(),
                kpi.id(),
                networkId,
                Instant.now(),
                rows(ranking));
        return ranking;
    }

    /**
     * Ranks every category on a KPI and a network for a period, reading every category's values in one
     * query; nothing is stored ({@link #publish} stores an edition).
     */
    public List<Ranking> rankAll(Period period, Kpi kpi, String network) {
        return rankAll(period, kpi, network, false);
    }

    /**
     * As {@link #rankAll(Period, Kpi, String)}; with rankedOnly, the palmarès hold only the territories
     * with a value (their ranks are the same), which is all a publication stores.
     */
    public List<Ranking> rankAll(Period period, Kpi kpi, String network, boolean rankedOnly) {
        String networkId = networkId(network);
        boolean computedNow = computeIfStale(period, kpi);
        Map<String, List<Candidate>> candidates = table.candidatesOfEveryCategory(
                kpi.id(), KpiCatalogue.METHODOLOGY_VERSION, period.label(), networkId, rankedOnly);
        List<Ranking> rankings = new ArrayList<>();
        for (Category category : categories()) {
            rankings.add(ranking(
                    category,
                    period,
                    kpi,
                    networkId,
                    candidates.getOrDefault(category.slug(), List.of()),
                    computedNow));
        }
        return rankings;
    }

    /**
     * Ranks every category on a KPI for all networks together and for each network with values, from
     * one query; only territories with a value (all a publication stores). Assumes the KPI's values are
     * current (an edition computes them first).
     */
    public List<Ranking> rankEveryNetwork(Period period, Kpi kpi) {
        var byNetwork = table.valuedOfEveryNetwork(kpi.id(), KpiCatalogue.METHODOLOGY_VERSION, period.label());
        List<Category> categories = categories();
        List<Ranking> rankings = new ArrayList<>();
        for (var network : byNetwork.entrySet()) {
            for (Category category : categories) {
                List<Candidate> candidates = network.getValue().get(category.slug());
                if (candidates != null) {
                    rankings.add(ranking(category, period, kpi, network.getKey(), candidates, false));
                }
            }
        }
        return rankings;
    }

    /** Stores palmarès of one period and KPI, any networks, replacing those of the same categories, at once. */
    public void publishEvery(List<Ranking> rankings) {
        if (rankings.isEmpty()) {
            return;
        }
        Ranking first = rankings.getFirst();
        Map<String, Map<String, List<RankingTable.Row>>> rows = new LinkedHashMap<>();
        for (Ranking ranking : rankings) {
            if (!ranking.period().equals(first.period()) || !ranking.kpi().equals(first.kpi())) {
                throw new IllegalArgumentException("publishEvery takes palmarès of one period and KPI");
            }
            rows.computeIfAbsent(ranking.network(), n -> new LinkedHashMap<>())
                    .put(ranking.category().slug(), rows(ranking));
        }
        table.replaceEvery(
                first.period().label(), first.methodologyVersion(), first.kpi().id(), Instant.now(), rows);
    }

    /**
     * Stores palmarès of one period, KPI and network (as {@link #rankAll} gives them) in the ranking
     * table, replacing those of the same categories, in one transaction.
     */
    public void publish(List<Ranking> rankings) {
        if (rankings.isEmpty()) {
            return;
        }
        Ranking first = rankings.getFirst();
        Map<String, List<RankingTable.Row>> rows = new LinkedHashMap<>();
        for (Ranking ranking : rankings) {
            if (!ranking.period().equals(first.period())
                    || !ranking.kpi().equals(first.kpi())
                    || !ranking.network().equals(first.network())) {
                throw new IllegalArgumentException("publish takes palmarès of one period, KPI and network");
            }
            rows.put(ranking.category().slug(), rows(ranking));
        }
        table.replaceAll(
                first.period().label(),
                first.methodologyVersion(),
                first.kpi().id(),
                first.network(),
                Instant.now(),
                rows);
    }

    /** Computes the KPI for the period when its values are missing or older than the last import. */
    private boolean computeIfStale(Period period, Kpi kpi) {
        boolean stale = !kpis.hasCurrentValues(period, kpi);
        if (stale) {
            kpis.compute(period, List.of(kpi));
        }
        return stale;
    }

    private static Ranking ranking(
            Category category,
            Period period,
            Kpi kpi,
            String networkId,
            List<Candidate> candidates,
            boolean computedNow) {
        List<Place> raw = CompetitionRanking.places(
                candidates.stream().map(Candidate::value).toList(), kpi.betterDirection());
        List<Place> perCapita = kpi.perCapita()
                ? CompetitionRanking.places(
                        candidates.stream().map(RankService::perThousand).toList(), kpi.betterDirection())
                : null;
        List<RankedTerritory> territories = IntStream.range(0, candidates.size())
                .mapToObj(i -> {
                    Candidate c = candidates.get(i);
                    return new RankedTerritory(
                            c.code(),
                            c.name(),
                            c.population(),
                            c.populationMillesime(),
                            raw.get(i),
                            perCapita == null ? null : perCapita.get(i),
                            c.simulated());
                })
                .sorted(PALMARES_ORDER)
                .toList();
        List<Integer> millesimes = candidates.stream()
                .map(Candidate::populationMillesime)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        boolean simulated =
                territories.stream().anyMatch(t -> t.simulated() && t.raw().rank() != null);
        return new Ranking(
                category,
                period,
                kpi,
                networkId,
                KpiCatalogue.METHODOLOGY_VERSION,
                millesimes,
                simulated,
                computedNow,
                territories);
    }

    /**
     * The top 3 of every category on a KPI (all networks), for the demo: the territories of raw rank
     * 3 or better, so a tie for third place shows every tied territory.
     */
    public Map<Category, List<RankedTerritory>> podium(Period period, Kpi kpi) {
        Map<Category, List<RankedTerritory>> podium = new LinkedHashMap<>();
        List<Ranking> rankings = rankAll(period, kpi, ALL_NETWORKS, true);
        publish(rankings);
        for (Ranking ranking : rankings) {
            podium.put(
                    ranking.category(),
                    ranking.territories().stream()
                            .filter(t -> t.raw().rank() != null && t.raw().rank() <= 3)
                            .toList());
        }
        return podium;
    }

    private static final Comparator<RankedTerritory> PALMARES_ORDER = Comparator.comparing(
                    (RankedTerritory t) -> t.raw().rank(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(RankedTerritory::name)
            .thenComparing(RankedTerritory::code);

    private static @Nullable Double perThousand(Candidate c) {
        if (c.value() == null || c.population() == null || c.population() <= 0) {
            return null;
        }
        return c.value() * 1000.0 / c.population();
    }

    /** The rows a palmarès stores: each ranked territory in the raw and, when any, per-capita view. */
    private static List<RankingTable.Row> rows(Ranking ranking) {
        List<RankingTable.Row> rows = new ArrayList<>();
        for (RankedTerritory t : ranking.territories()) {
            addRow(rows, "raw", t, t.raw());
            if (t.perCapita() != null) {
                addRow(rows, "per-capita", t, t.perCapita());
            }
        }
        return rows;
    }

    /** Only ranked territories are stored: the ranking table's rank is required. */
    private static void addRow(List<RankingTable.Row> rows, String view, RankedTerritory t, Place place) {
        if (place.rank() != null) {
            rows.add(new RankingTable.Row(view, t.code(), place.rank(), place.tied(), place.value(), t.simulated()));
        }
    }

    Category category(String slug) {
        List<Category> known = categories();
        if (known.isEmpty()) {
            throw new VigieException(
                    "no categories are defined yet: load the territories and their category rules first");
        }
        return known.stream()
                .filter(c -> c.slug().equals(slug.strip()))
                .findFirst()
                .orElseThrow(() -> new VigieException("unknown category '" + slug + "': use one of "
                        + known.stream().map(Category::slug).collect(Collectors.joining(", "))));
    }

    static String networkId(String network) {
        if (network.strip().equalsIgnoreCase(ALL_NETWORKS)) {
            return ALL_NETWORKS;
        }
        return Network.parse(network)
                .map(Network::id)
                .orElseThrow(() ->
                        new VigieException("unknown network '" + network + "': use all or one of " + Network.ids()));
    }
}
