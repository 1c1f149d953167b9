package fr.vigie.web.territory;

import fr.vigie.VigieException;
import fr.vigie.kpi.BestPosts;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.kpi.PostOverperformance;
import fr.vigie.peers.CategoryField;
import fr.vigie.peers.PeerBenchmark;
import fr.vigie.peers.PeerReport;
import fr.vigie.ranking.CompositeWeights;
import fr.vigie.store.Store;
import fr.vigie.store.TerritoryPageTable;
import fr.vigie.territory.CategoryRule;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryCodes;
import fr.vigie.territory.TerritoryKind;
import fr.vigie.territory.TerritoryRegistry;
import fr.vigie.territory.location.Locations;
import fr.vigie.web.Frame;
import fr.vigie.web.territory.TerritoryPage.BestPost;
import java.util.List;
import java.util.Optional;

/** Gathers what a territory's page shows, on one store connection. */
final class TerritoryPageAssembly {
    /** Peers compared. */
    static final int PEERS = 10;

    private final Store store;
    private final TerritoryRegistry registry;
    private final TerritoryPageTable table;
    private final CategoryField.Cache peerFields;

    TerritoryPageAssembly(Store store, CategoryField.Cache peerFields) {
        this.store = store;
        this.registry = new TerritoryRegistry(store);
        this.table = new TerritoryPageTable(store);
        this.peerFields = peerFields;
    }

    /**
     * The territory a visitor means by a code: a Vigie code or a form {@link TerritoryRegistry#resolve}
     * accepts; empty when no territory has it (an ambiguous code is a VigieException saying why).
     */
    Optional<Territory> find(String typed) {
        Optional<Territory> exact = registry.find(typed);
        if (exact.isPresent()) {
            return exact;
        }
        boolean any = TerritoryCodes.candidates(typed).stream()
                .anyMatch(code -> registry.find(code).isPresent());
        return any ? Optional.of(registry.resolve(typed)) : Optional.empty();
    }

    TerritoryPage page(Frame frame, Territory territory) {
        Optional<CategoryRule> category = registry.category(territory.code());
        List<Territory> parents = registry.parents(territory).stream()
                .filter(p -> p.kind() == TerritoryKind.DEPARTEMENT || p.kind() == TerritoryKind.REGION)
                .toList();
        KpiHistory history = KpiHistory.of(
                table.monthlyValues(territory.code(), KpiCatalogue.METHODOLOGY_VERSION, KpiHistory.MONTHS));
        String month = history.latestMonth();
        List<BestPost> posts = month == null ? List.of() : bestPosts(territory, Period.parse(month));
        PeerReport peers = null;
        String unavailable = null;
        if (month != null && category.isEmpty()) {
            unavailable = frame.t().get("territory.peers.noCategory");
        } else if (month != null) {
            try {
                peers = new PeerBenchmark(
                                store,
                                registry,
                                new KpiService(store),
                                CompositeWeights.builtIn(),
                                peerFields,
                                PeerBenchmark.Computing.NEVER)
                        .compare(territory.code(), Period.parse(month), "all", false, PEERS);
            } catch (VigieException e) {
                unavailable = e.getMessage();
            }
        }
        boolean simulated = history.simulated()
                || posts.stream().anyMatch(p -> p.post().simulated())
                || (peers != null && peers.simulated());
        return new TerritoryPage(
                frame,
                territory,
                category.map(CategoryRule::label).orElse(null),
                parents,
                simulated,
                history,
                registry.accounts(territory.code()),
                month,
                posts,
                peers,
                unavailable,
                MapSpots.of(
                        frame.t(),
                        registry,
                        territory,
                        parents,
                        new Locations(store).of(territory.code()).orElse(null)));
    }

    /** The best posts stored by the period's publication, else scored from the territory's own posts. */
    private List<BestPost> bestPosts(Territory territory, Period period) {
        var posts = new BestPosts(store);
        List<PostOverperformance> best = posts.published(territory.code(), period)
                .orElseGet(() -> posts.scoredFor(territory.code(), period, BestPosts.MeasureAge.DEFAULT, 0).stream()
                        .filter(p -> p.overperformance() != null)
                        .limit(BestPosts.PER_TERRITORY)
                        .toList());
        var texts = table.postTexts(
                best.stream().map(p -> p.network() + ":" + p.postId()).toList());
        return best.stream()
                .map(p -> new BestPost(p, texts.get(p.network() + ":" + p.postId())))
                .toList();
    }
}
