package fr.vigie.web.palmares;

import fr.vigie.ranking.Category;
import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.ranking.Ranking;
import fr.vigie.store.PublishedTable.PlaceRow;
import fr.vigie.web.SafeCsv;
import fr.vigie.web.WebContext;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * /palmares.csv: the rows of a palmarès (the form's filters, every page, at most {@link #MAX_ROWS})
 * with the edition, methodology and simulated flag on each line, formula-safe.
 */
final class PalmaresCsv {
    static final int MAX_ROWS = 5_000;

    private static final List<String> HEADER = List.of(
            "rank",
            "tied",
            "territory_code",
            "name",
            "population",
            "value",
            "rank_low",
            "rank_high",
            "simulated",
            "label",
            "period",
            "methodology_version",
            "category",
            "view",
            "kpi",
            "network");

    private final WebContext context;

    PalmaresCsv(WebContext context) {
        this.context = context;
    }

    void send(Context ctx) {
        String csv = context.stores().read(store -> {
            var published = new PublishedPalmares(store);
            var latest = published.latest();
            List<Category> categories = published.categories();
            var filters = PalmaresFilters.of(
                    ctx,
                    latest.map(e -> e.period()).orElse(""),
                    categories.isEmpty() ? "" : categories.getFirst().slug());
            filters.refuseUnknown(published.editions(), categories);
            SafeCsv out = new SafeCsv().row(HEADER);
            PublishedPalmares.Page page;
            int offset = 0;
            do {
                int limit = Math.min(PublishedPalmares.MAX_PAGE, MAX_ROWS - offset);
                page = published.page(filters.query(offset, limit));
                for (PlaceRow place : page.places()) {
                    out.row(line(place, page));
                }
                offset += page.places().size();
            } while (page.places().size() == PublishedPalmares.MAX_PAGE && offset < MAX_ROWS);
            return out.toString();
        });
        ctx.header("Content-Disposition", "attachment; filename=\"vigie-palmares.csv\"");
        ctx.contentType("text/csv; charset=utf-8");
        ctx.result(csv);
    }

    private static List<Object> line(PlaceRow place, PublishedPalmares.Page page) {
        var q = page.query();
        return new ArrayList<>(Arrays.asList(
                place.rank(),
                place.tied(),
                place.territoryCode(),
                place.name(),
                place.population(),
                place.value(),
                place.rankLow(),
                place.rankHigh(),
                place.simulated(),
                place.simulated() ? Ranking.SIMULATED_LABEL : "",
                page.edition().period(),
                page.edition().methodologyVersion(),
                q.category(),
                q.view(),
                page.kpiOfRanking(),
                q.network()));
    }
}
