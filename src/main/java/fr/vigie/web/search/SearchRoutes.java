package fr.vigie.web.search;

import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryRegistry;
import fr.vigie.web.Frame;
import fr.vigie.web.Texts;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The search page, /recherche?q=…: territories by name, INSEE code, SIREN or postal code, as
 * {@link TerritoryRegistry#search(String, int)} finds them. An empty query shows the form only.
 */
public final class SearchRoutes implements WebRoutes {
    /** At most this many results are shown; the most populated come first within a match kind. */
    static final int LIMIT = 50;
    /** Longer queries are cut: no name or code is that long. */
    static final int MAX_QUERY_LENGTH = 100;

    /** One territory found, with its texts ready for the page. */
    public record SearchResult(String code, String name, String kind, String departement, String population) {}

    /**
     * The model of the search page.
     *
     * @param query the query as typed (escaped by the template), "" when none
     * @param searched whether a non-empty query was run
     */
    public record SearchPage(Frame frame, String query, boolean searched, List<SearchResult> results) {}

    private final WebContext context;

    public SearchRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/recherche", this::search);
    }

    private void search(Context ctx) {
        String typed = Objects.requireNonNullElse(ctx.queryParam("q"), "").strip();
        String query = typed.length() > MAX_QUERY_LENGTH ? typed.substring(0, MAX_QUERY_LENGTH) : typed;
        Texts t = context.pages().texts(ctx);
        List<SearchResult> results = query.isEmpty()
                ? List.of()
                : context.stores().read(store -> results(new TerritoryRegistry(store), query, t));
        context.templates()
                .send(
                        ctx,
                        "search/search.jte",
                        new SearchPage(context.pages().frame(ctx, "search.title"), query, !query.isEmpty(), results));
    }

    private static List<SearchResult> results(TerritoryRegistry registry, String query, Texts t) {
        List<Territory> found = registry.search(query, LIMIT);
        Map<String, String> departements = new HashMap<>();
        for (Territory territory : found) {
            String code = territory.departementCode();
            if (code != null && !departements.containsKey(code)) {
                departements.put(code, registry.find(code).map(Territory::name).orElse(code));
            }
        }
        return found.stream()
                .map(territory -> new SearchResult(
                        territory.code(),
                        territory.name(),
                        t.get("search.kind." + territory.kind().id()),
                        territory.departementCode() == null ? "—" : departements.get(territory.departementCode()),
                        territory.population() == null ? "—" : t.number(territory.population(), 0)))
                .toList();
    }
}
