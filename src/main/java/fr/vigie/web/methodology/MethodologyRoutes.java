package fr.vigie.web.methodology;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.web.Frame;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import java.util.List;

/** The methodology page, /methodologie: docs/methodology.md as rendered once when the site starts. */
public final class MethodologyRoutes implements WebRoutes {
    /**
     * The model of the methodology page.
     *
     * @param version the methodology version of the KPI catalogue
     * @param html the document's HTML, trusted because it is built from the project's own file
     */
    public record MethodologyPage(
            Frame frame, String version, List<MethodologyDocument.Section> sections, String html) {}

    private final WebContext context;
    private final MethodologyDocument document;

    public MethodologyRoutes(WebContext context) {
        this(context, MethodologyDocument.shipped());
    }

    MethodologyRoutes(WebContext context, MethodologyDocument document) {
        this.context = context;
        this.document = document;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/methodologie",
                ctx -> context.templates()
                        .send(
                                ctx,
                                "methodology/methodology.jte",
                                new MethodologyPage(
                                        context.pages().frame(ctx, "methodology.title"),
                                        KpiCatalogue.METHODOLOGY_VERSION,
                                        document.sections(),
                                        document.html())));
    }
}
