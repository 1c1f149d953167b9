package fr.vigie.web.territory;

import fr.vigie.web.Frame;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;

/** The page of one territory, /territoires/{code}: its KPIs over time, accounts, best posts and peers. */
public final class TerritoryRoutes implements WebRoutes {
    private final WebContext context;

    public TerritoryRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/territoires/{code}", ctx -> {
            String code = ctx.pathParam("code");
            var frame = context.pages().frame(ctx, "territory.title");
            TerritoryPage page = context.stores().read(store -> {
                var assembly = new TerritoryPageAssembly(store);
                return assembly.find(code)
                        .map(territory -> assembly.page(
                                new Frame(frame.t(), territory.name(), frame.path(), frame.signedIn(), frame.csrf()),
                                territory))
                        .orElse(null);
            });
            if (page == null) {
                throw new NotFoundResponse();
            }
            context.templates().send(ctx, "territory/territory.jte", page);
        });
    }
}
