package fr.vigie.web.palmares;

import fr.vigie.account.Network;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.ranking.Category;
import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.store.PublishedTable.EditionRow;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryRegistry;
import fr.vigie.web.RequestRefused;
import fr.vigie.web.Texts;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import fr.vigie.web.palmares.PalmaresPage.Option;
import fr.vigie.web.palmares.PalmaresPage.Options;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * /palmares: one page (50 territories) of a published palmarès chosen with a GET form, and
 * /palmares.csv: the same rows, every page up to 5,000, as a formula-safe CSV download. Both read the
 * published editions only (PublishedPalmares), never compute.
 */
public final class PalmaresRoutes implements WebRoutes {
    static final int PAGE_SIZE = 50;

    private final WebContext context;

    public PalmaresRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/palmares", this::page);
        routes.get("/palmares.csv", ctx -> new PalmaresCsv(context).send(ctx));
    }

    private void page(Context ctx) {
        Texts t = context.pages().texts(ctx);
        var frame = context.pages().frame(ctx, "palmares.title");
        PalmaresPage model = context.stores().read(store -> {
            var published = new PublishedPalmares(store);
            List<EditionRow> editions = published.editions();
            List<Category> categories = published.categories();
            if (editions.isEmpty() || categories.isEmpty()) {
                var none = new PalmaresFilters("", "", "", "", "", "", "", 1);
                return new PalmaresPage(frame, false, none, Options.none(), "", "", false, List.of(), 0, 0);
            }
            var filters = PalmaresFilters.of(
                    ctx, editions.getFirst().period(), categories.getFirst().slug());
            filters.refuseUnknown(editions, categories);
            var page = published.page(filters.query((filters.page() - 1) * PAGE_SIZE, PAGE_SIZE));
            int pageCount = (int) Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE);
            if (filters.page() > pageCount) {
                throw new RequestRefused("error.refused.page", filters.page(), pageCount);
            }
            var options = new Options(
                    options(editions.stream().map(EditionRow::period).toList(), filters.period(), p -> p),
                    categories.stream()
                            .map(c -> new Option(c.slug(), c.label(), c.slug().equals(filters.category())))
                            .toList(),
                    options(PublishedPalmares.VIEWS, filters.view(), v -> t.get("palmares.view." + v)),
                    options(
                            KpiCatalogue.kpisOf(KpiCatalogue.METHODOLOGY_VERSION).stream()
                                    .map(k -> k.id())
                                    .toList(),
                            filters.kpi(),
                            k -> t.get("territory.kpi." + k)),
                    options(networks(), filters.network(), n -> t.get("palmares.network." + n)),
                    regions(new TerritoryRegistry(store), filters.region()));
            return new PalmaresPage(
                    frame,
                    true,
                    filters,
                    options,
                    PalmaresCaption.of(page, filters, categories, t),
                    PalmaresCaption.valueHeader(page, t),
                    page.simulated(),
                    PalmaresRows.of(published, page, t),
                    page.total(),
                    pageCount);
        });
        context.templates().send(ctx, "palmares/palmares.jte", model);
    }

    /** The 18 régions (codes stable since 2016) the registry holds, by name. */
    static final List<String> REGIONS = List.of(
            "01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75", "76", "84", "93", "94");

    private static List<Option> regions(TerritoryRegistry registry, String selected) {
        return REGIONS.stream()
                .flatMap(code -> registry.find("REG-" + code).stream())
                .sorted(java.util.Comparator.comparing(Territory::name))
                .map(r -> new Option(r.code(), r.name(), r.code().equals(selected)))
                .toList();
    }

    static List<String> networks() {
        List<String> ids = new ArrayList<>(List.of("all"));
        for (Network network : Network.values()) {
            ids.add(network.id());
        }
        return ids;
    }

    private static List<Option> options(List<String> values, String selected, Function<String, String> label) {
        return values.stream()
                .map(v -> new Option(v, label.apply(v), v.equals(selected)))
                .toList();
    }
}
