package fr.vigie.web.home;

import fr.vigie.web.Frame;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;

/** The home page. */
public final class HomeRoutes implements WebRoutes {
    /** The model of the home page. */
    public record HomePage(Frame frame) {}

    private final WebContext context;

    public HomeRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/",
                ctx -> context.templates()
                        .send(ctx, "home/home.jte", new HomePage(context.pages().frame(ctx, "home.title"))));
    }
}
