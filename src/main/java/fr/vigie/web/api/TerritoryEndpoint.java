package fr.vigie.web.api;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.ranking.Ranking;
import fr.vigie.store.KpiTable;
import fr.vigie.store.KpiTable.TerritoryValue;
import fr.vigie.store.PublishedTable.EditionRow;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryCard;
import fr.vigie.territory.TerritoryRegistry;
import fr.vigie.territory.location.Locations;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * /api/v1/territories/{code} (the card of a territory and its KPI values of the latest edition's
 * period), its CSV /api/v1/territories/{code}/kpis.csv, and /api/v1/search.
 */
final class TerritoryEndpoint {
    static final int SEARCH_LIMIT = 20;

    record Summary(
            String code,
            String kind,
            String name,
            @Nullable Long population,
            @Nullable String departementCode,
            @Nullable String regionCode,
            List<String> postalCodes) {
        static Summary of(Territory t) {
            return new Summary(
                    t.code(),
                    t.kind().id(),
                    t.name(),
                    t.population(),
                    t.departementCode(),
                    t.regionCode(),
                    t.postalCodes());
        }
    }

    record Kpi(
            String kpi,
            String network,
            @Nullable Double value,
            @Nullable Integer populationMillesime,
            boolean simulated) {}

    record Account(String network, String handle, String role, String status) {}

    /** Where the territory lies (WGS 84 degrees) and where that comes from. */
    record Point(double latitude, double longitude, String source) {}

    record Answer(
            Summary territory,
            @Nullable String category,
            List<Summary> parents,
            @Nullable Point location,
            long communes,
            List<Account> accounts,
            @Nullable String period,
            String methodologyVersion,
            boolean simulated,
            @Nullable String label,
            List<Kpi> kpis) {}

    record Found(String query, List<Summary> territories) {}

    private record Read(TerritoryCard card, @Nullable Point location, List<TerritoryValue> values) {}

    private final ApiCache cache;

    TerritoryEndpoint(ApiCache cache) {
        this.cache = cache;
    }

    void json(Context ctx) {
        @Nullable String period = cache.snapshot().latest().map(EditionRow::period).orElse(null);
        Read read = read(ctx.pathParam("code"), period);
        TerritoryCard card = read.card();
        boolean simulated = read.values().stream().anyMatch(TerritoryValue::simulated);
        ctx.header("Cache-Control", Conditional.CACHE_CONTROL);
        ApiJson.send(
                ctx,
                new Answer(
                        Summary.of(card.territory()),
                        card.category() == null ? null : card.category().category(),
                        card.parents().stream().map(Summary::of).toList(),
                        read.location(),
                        card.communes(),
                        card.accounts().stream()
                                .map(a -> new Account(a.network(), a.handle(), a.role(), a.status()))
                                .toList(),
                        period,
                        KpiCatalogue.METHODOLOGY_VERSION,
                        simulated,
                        simulated ? Ranking.SIMULATED_LABEL : null,
                        read.values().stream()
                                .map(v -> new Kpi(
                                        v.kpi(), v.network(), v.value(), v.populationMillesime(), v.simulated()))
                                .toList()));
    }

    void csv(Context ctx) {
        @Nullable String period = cache.snapshot().latest().map(EditionRow::period).orElse(null);
        Read read = read(ctx.pathParam("code"), period);
        String code = read.card().territory().code();
        List<List<?>> rows = read.values().stream()
                .<List<?>>map(v -> Arrays.asList(
                        code,
                        read.card().territory().name(),
                        period,
                        v.kpi(),
                        v.network(),
                        v.value(),
                        v.populationMillesime(),
                        v.simulated(),
                        v.simulated() ? Ranking.SIMULATED_LABEL : ""))
                .toList();
        CsvDownload.send(
                ctx,
                "vigie-" + code + "-kpis-" + period + ".csv",
                List.of(
                        "code",
                        "name",
                        "period",
                        "kpi",
                        "network",
                        "value",
                        "population_millesime",
                        "simulated",
                        "label"),
                rows);
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q");
        if (q == null || q.isBlank()) {
            throw new fr.vigie.VigieException("search needs q: a name, a code or a postal code, e.g. ?q=digne");
        }
        List<Territory> found = cache.read(store -> new TerritoryRegistry(store).search(q, SEARCH_LIMIT));
        ApiJson.send(ctx, new Found(q.strip(), found.stream().map(Summary::of).toList()));
    }

    private Read read(String code, @Nullable String period) {
        return cache.read(store -> {
            var registry = new TerritoryRegistry(store);
            Territory territory = registry.find(code).orElseThrow(NotFoundResponse::new);
            return new Read(
                    registry.card(territory.code()),
                    new Locations(store)
                            .of(territory.code())
                            .map(l -> new Point(l.latitude(), l.longitude(), l.source()))
                            .orElse(null),
                    period == null
                            ? List.of()
                            : new KpiTable(store)
                                    .territoryValues(territory.code(), KpiCatalogue.METHODOLOGY_VERSION, period));
        });
    }
}
