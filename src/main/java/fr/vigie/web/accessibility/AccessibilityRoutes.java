package fr.vigie.web.accessibility;

import fr.vigie.web.Frame;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;

/**
 * The accessibility statement, /accessibilite, following the structure of the RGAA 4.1 model
 * statement. Vigie has not been audited, so it declares itself non-compliant as the RGAA requires,
 * and says which automated and manual checks it runs instead.
 */
public final class AccessibilityRoutes implements WebRoutes {
    /** Where people report an accessibility problem (a placeholder of the collective). */
    public static final String CONTACT = "contact@vigie.example";
    /** The axe-core version of the browser tests (frontend/package.json). */
    public static final String AXE_CORE_VERSION = "4.14.1";

    /** The model of the statement. */
    public record AccessibilityPage(Frame frame, String contact, String axeVersion) {}

    private final WebContext context;

    public AccessibilityRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(
                "/accessibilite",
                ctx -> context.templates()
                        .send(
                                ctx,
                                "accessibility/accessibility.jte",
                                new AccessibilityPage(
                                        context.pages().frame(ctx, "accessibility.title"), CONTACT, AXE_CORE_VERSION)));
    }
}
