package fr.vigie.web.api;

import fr.vigie.web.Frame;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import java.util.List;

/** The open data page, /donnees: the API's endpoints and downloads with example links. */
public final class DataRoutes implements WebRoutes {
    /** One endpoint: its path, the key of its description and a link that tries it. */
    public record Endpoint(String path, String descriptionKey, String example) {}

    /** The model of the page. */
    public record DataPage(Frame frame, List<Endpoint> endpoints, List<Endpoint> downloads) {}

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/v1/editions", "data.editions", "/api/v1/editions"),
            new Endpoint("/api/v1/categories", "data.categories", "/api/v1/categories"),
            new Endpoint(
                    "/api/v1/palmares?period=&category=&view=&kpi=&network=&area=&page=&per_page=",
                    "data.palmares",
                    "/api/v1/palmares?view=composite&per_page=10"),
            new Endpoint("/api/v1/territories/{code}", "data.territory", "/api/v1/territories/DEP-04"),
            new Endpoint("/api/v1/search?q=", "data.search", "/api/v1/search?q=digne"),
            new Endpoint("/api/v1/ping", "data.ping", "/api/v1/ping"),
            new Endpoint("/api/v1/openapi.json", "data.openapi", "/api/v1/openapi.json"));

    static final List<Endpoint> DOWNLOADS = List.of(
            new Endpoint("/api/v1/palmares.csv?…", "data.palmaresCsv", "/api/v1/palmares.csv?view=composite"),
            new Endpoint(
                    "/api/v1/territories/{code}/kpis.csv", "data.territoryCsv", "/api/v1/territories/DEP-04/kpis.csv"));

    private final WebContext context;

    public DataRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/donnees",
                ctx -> context.templates()
                        .send(
                                ctx,
                                "data/data.jte",
                                new DataPage(context.pages().frame(ctx, "data.title"), ENDPOINTS, DOWNLOADS)));
    }
}
