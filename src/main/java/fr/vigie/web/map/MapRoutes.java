package fr.vigie.web.map;

import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;

/** The map page, /carte?kpi=…&level=departement|region&period=…&departement=…: a GET form, no script needed. */
public final class MapRoutes implements WebRoutes {
    static final String DEFAULT_KPI = "audience-per-1000";

    private final WebContext context;

    public MapRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/carte", ctx -> {
            var frame = context.pages().frame(ctx, "map.title");
            String kpi = ctx.queryParam("kpi");
            String level = ctx.queryParam("level");
            MapPage page = context.stores()
                    .read(store -> new MapAssembly(store)
                            .page(
                                    frame,
                                    kpi == null || kpi.isBlank() ? DEFAULT_KPI : kpi,
                                    level == null || level.isBlank() ? MapAssembly.DEPARTEMENT : level,
                                    ctx.queryParam("period"),
                                    ctx.queryParam("departement")));
            context.templates().send(ctx, "map/map.jte", page);
        });
    }
}
