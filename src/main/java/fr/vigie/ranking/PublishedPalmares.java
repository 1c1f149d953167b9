package fr.vigie.ranking;

import fr.vigie.VigieException;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.store.PublishedTable;
import fr.vigie.store.PublishedTable.EditionRow;
import fr.vigie.store.PublishedTable.PlaceRow;
import fr.vigie.store.RankingTable;
import fr.vigie.store.Store;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the site and the API read: the published editions and pages of their palmarès, straight from
 * the stored ranks (one query a page), never recomputed.
 */
public final class PublishedPalmares {
    /** The views a palmarès can be read in. */
    public static final List<String> VIEWS = List.of("raw", "per-capita", "composite", "size-adjusted");

    public static final int MAX_PAGE = 500;

    private final PublishedTable table;
    private final RankingTable rankings;

    public PublishedPalmares(Store store) {
        this.table = new PublishedTable(store);
        this.rankings = new RankingTable(store);
    }

    /**
     * A request for one page of a palmarès.
     *
     * @param kpi a KPI id for the raw and per-capita views (ignored by composite and size-adjusted)
     * @param area a région or département registry code (REG-93, DEP-13), or null for the category
     */
    public record Query(
            String period,
            String category,
            String view,
            String kpi,
            String network,
            @Nullable String area,
            int offset,
            int limit) {}

    /** One page of a palmarès, with the edition it comes from and how many territories it ranks. */
    public record Page(Query query, EditionRow edition, String kpiOfRanking, long total, List<PlaceRow> places) {
        /** Whether this page holds simulated values. */
        public boolean simulated() {
            return places.stream().anyMatch(PlaceRow::simulated);
        }
    }

    public List<EditionRow> editions() {
        return table.editions().stream()
                .filter(e -> e.methodologyVersion().equals(KpiCatalogue.METHODOLOGY_VERSION))
                .toList();
    }

    /** The newest edition under the current methodology. */
    public Optional<EditionRow> latest() {
        return editions().stream().findFirst();
    }

    public List<Category> categories() {
        return rankings.categories().stream()
                .map(c -> new Category(c.slug(), c.label()))
                .toList();
    }

    /**
     * @throws VigieException for an unpublished period, an unknown view, KPI or category, a bad page
     */
    public Page page(Query q) {
        EditionRow edition = table.edition(q.period(), KpiCatalogue.METHODOLOGY_VERSION)
                .orElseThrow(() -> new VigieException("no edition is published for " + q.period() + ": published "
                        + editions().stream().map(EditionRow::period).toList()));
        if (!VIEWS.contains(q.view())) {
            throw new VigieException("unknown view '" + q.view() + "': use one of " + VIEWS);
        }
        if (categories().stream().noneMatch(c -> c.slug().equals(q.category()))) {
            throw new VigieException("unknown category '" + q.category() + "'");
        }
        if (q.offset() < 0 || q.limit() < 1 || q.limit() > MAX_PAGE) {
            throw new VigieException("a page starts at 0 or later and holds 1 to " + MAX_PAGE + " territories");
        }
        String kpi = switch (q.view()) {
            case "composite", "size-adjusted" -> q.view();
            default -> KpiCatalogue.byId(q.kpi()).id();
        };
        String network = RankService.networkId(q.network());
        var palmares = new PublishedTable.Palmares(
                q.period(), edition.methodologyVersion(), q.category(), kpi, network, q.view());
        long total = table.count(palmares, q.area());
        List<PlaceRow> places = table.places(palmares, q.area(), q.offset(), q.limit());
        return new Page(q, edition, kpi, total, places);
    }

    /**
     * The ranks these territories hold in the same palmarès of another published period (for the
     * movement between editions); territories it does not rank are absent.
     */
    public Map<String, Integer> ranksIn(String period, Page page, List<String> codes) {
        Query q = page.query();
        return table.ranksOf(
                new PublishedTable.Palmares(
                        period,
                        page.edition().methodologyVersion(),
                        q.category(),
                        page.kpiOfRanking(),
                        RankService.networkId(q.network()),
                        q.view()),
                codes);
    }
}
