package fr.vigie.web.territory;

import fr.vigie.peers.CategoryField;
import fr.vigie.web.Frame;
import fr.vigie.web.PageCache;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The page of one territory, /territoires/{code}: its KPIs over time, accounts, best posts and peers. */
public final class TerritoryRoutes implements WebRoutes {
    /** How long an assembled page is served again: its data change with imports and editions only. */
    static final Duration FRESH_FOR = Duration.ofMinutes(5);

    private final WebContext context;
    private final PageCache<Optional<TerritoryPage>> pages;
    /** The categories' peer fields, shared by the pages of a category (the costly part of the peers). */
    private final PageCache<CategoryField> peerFields;

    public TerritoryRoutes(WebContext context) {
        this.context = context;
        this.pages = new PageCache<>(2_000, FRESH_FOR, Clock.systemUTC());
        this.peerFields = new PageCache<>(64, FRESH_FOR, Clock.systemUTC());
        // a member's change of its accounts shows on its page at once
        context.changes()
                .onChange(code -> pages.forget(
                        page -> page.map(p -> p.territory().code().equals(code)).orElse(false)));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/territoires/{code}", ctx -> {
            String code = ctx.pathParam("code");
            var frame = context.pages().frame(ctx, "territory.title");
            // the data are the same for every visitor of a language: assembled once, then reused
            Optional<TerritoryPage> assembled = pages.get(
                    code + "|" + frame.lang(),
                    () -> context.stores().read(store -> {
                        var assembly = new TerritoryPageAssembly(store, peerFields::get);
                        return assembly.find(code).map(territory -> assembly.page(frame, territory));
                    }));
            TerritoryPage page = assembled.orElseThrow(NotFoundResponse::new);
            var own = new Frame(frame.t(), page.territory().name(), frame.path(), frame.signedIn(), frame.csrf());
            context.templates().send(ctx, "territory/territory.jte", page.withFrame(own));
        });
    }
}
