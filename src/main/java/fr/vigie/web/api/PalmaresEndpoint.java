package fr.vigie.web.api;

import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.ranking.Ranking;
import fr.vigie.store.PublishedTable.PlaceRow;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * /api/v1/palmares (one page, JSON, cached by ETag) and /api/v1/palmares.csv (every row up to
 * {@link #CSV_ROWS}) over the published editions.
 */
final class PalmaresEndpoint {
    static final int CSV_ROWS = 5_000;
    static final String PATH = "/api/v1/palmares";

    private final ApiCache cache;

    PalmaresEndpoint(ApiCache cache) {
        this.cache = cache;
    }

    void json(Context ctx) {
        var request = PalmaresRequest.of(ctx, cache.snapshot());
        String etag = request.etag("json");
        if (Conditional.notModified(ctx, etag)) {
            return;
        }
        ApiCache.Body body = cache.body(etag).orElseGet(() -> {
            var page = cache.read(store -> new PublishedPalmares(store).page(request.query()));
            var answer = PalmaresAnswer.of(request, page);
            var made = new ApiCache.Body(ApiJson.bytes(answer), link(answer.links()));
            cache.keep(etag, made);
            return made;
        });
        if (!body.link().isEmpty()) {
            ctx.header("Link", body.link());
        }
        ApiJson.send(ctx, body.bytes());
    }

    void csv(Context ctx) {
        var request = PalmaresRequest.of(ctx, cache.snapshot());
        if (Conditional.notModified(ctx, request.etag("csv"))) {
            return;
        }
        List<PlaceRow> places = cache.read(store -> {
            var published = new PublishedPalmares(store);
            List<PlaceRow> all = new ArrayList<>();
            while (all.size() < CSV_ROWS) {
                var page = published.page(
                        request.query(all.size(), Math.min(PublishedPalmares.MAX_PAGE, CSV_ROWS - all.size())));
                all.addAll(page.places());
                if (page.places().isEmpty() || all.size() >= page.total()) {
                    break;
                }
            }
            return all;
        });
        boolean simulated = request.edition().simulated();
        List<List<?>> rows = places.stream()
                .<List<?>>map(p -> java.util.Arrays.asList(
                        p.rank(),
                        p.tied(),
                        p.territoryCode(),
                        p.name(),
                        p.population(),
                        p.value(),
                        p.rankLow(),
                        p.rankHigh(),
                        p.simulated(),
                        p.simulated() || simulated ? Ranking.SIMULATED_LABEL : ""))
                .toList();
        CsvDownload.send(
                ctx,
                "vigie-palmares-" + request.edition().period() + "-" + request.category() + "-" + request.kpi()
                        + ".csv",
                List.of(
                        "rank",
                        "tied",
                        "code",
                        "name",
                        "population",
                        "value",
                        "rank_low",
                        "rank_high",
                        "simulated",
                        "label"),
                rows);
    }

    private static String link(PalmaresAnswer.Links links) {
        List<String> parts = new ArrayList<>();
        if (links.next() != null) {
            parts.add("<" + links.next() + ">; rel=\"next\"");
        }
        if (links.prev() != null) {
            parts.add("<" + links.prev() + ">; rel=\"prev\"");
        }
        return String.join(", ", parts);
    }
}
