package fr.vigie.web.api;

import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.ranking.Ranking;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The JSON answer of /api/v1/palmares: the request as understood, the page and its links. */
record PalmaresAnswer(
        String edition,
        String methodologyVersion,
        String category,
        String view,
        String kpi,
        String network,
        @Nullable String area,
        boolean simulated,
        @Nullable String label,
        long total,
        int page,
        int perPage,
        List<Place> territories,
        Links links) {
    /** One ranked territory of the answer. */
    record Place(
            int rank,
            boolean tied,
            String code,
            String name,
            @Nullable Long population,
            @Nullable Double value,
            @Nullable Integer rankLow,
            @Nullable Integer rankHigh,
            boolean simulated) {}

    record Links(
            String self, @Nullable String next, @Nullable String prev) {}

    static PalmaresAnswer of(PalmaresRequest request, PublishedPalmares.Page page) {
        boolean simulated = request.edition().simulated() || page.simulated();
        int pages = (int) Math.max(1, (page.total() + request.perPage() - 1) / request.perPage());
        var links = new Links(
                PalmaresEndpoint.PATH + "?" + request.queryString(request.page()),
                request.page() < pages ? PalmaresEndpoint.PATH + "?" + request.queryString(request.page() + 1) : null,
                request.page() > 1
                        ? PalmaresEndpoint.PATH + "?" + request.queryString(Math.min(request.page() - 1, pages))
                        : null);
        return new PalmaresAnswer(
                request.edition().period(),
                request.edition().methodologyVersion(),
                request.category(),
                request.view(),
                page.kpiOfRanking(),
                request.network(),
                request.area(),
                simulated,
                simulated ? Ranking.SIMULATED_LABEL : null,
                page.total(),
                request.page(),
                request.perPage(),
                page.places().stream()
                        .map(p -> new Place(
                                p.rank(),
                                p.tied(),
                                p.territoryCode(),
                                p.name(),
                                p.population(),
                                p.value(),
                                p.rankLow(),
                                p.rankHigh(),
                                p.simulated()))
                        .toList(),
                links);
    }
}
