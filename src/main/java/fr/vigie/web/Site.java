package fr.vigie.web;

import fr.vigie.web.accessibility.AccessibilityRoutes;
import fr.vigie.web.api.ApiRoutes;
import fr.vigie.web.api.DataRoutes;
import fr.vigie.web.credits.CreditsRoutes;
import fr.vigie.web.home.HomeRoutes;
import fr.vigie.web.map.MapRoutes;
import fr.vigie.web.member.MemberRoutes;
import fr.vigie.web.methodology.MethodologyRoutes;
import fr.vigie.web.palmares.PalmaresRoutes;
import fr.vigie.web.search.SearchRoutes;
import fr.vigie.web.territory.TerritoryRoutes;
import java.util.List;

/** Every feature of the site, in the order their routes are added. A new feature adds its line here. */
final class Site {
    private Site() {}

    static List<WebRoutes> features(WebContext context) {
        return List.of(
                new HomeRoutes(context),
                new TerritoryRoutes(context),
                new MapRoutes(context),
                new SearchRoutes(context),
                new MethodologyRoutes(context),
                new AccessibilityRoutes(context),
                new CreditsRoutes(context),
                new PalmaresRoutes(context),
                new MemberRoutes(context),
                new ApiRoutes(context),
                new DataRoutes(context));
    }
}
