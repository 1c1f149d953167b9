package fr.vigie.web.palmares;

import fr.vigie.ranking.Category;
import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.web.Texts;
import java.util.List;

/** The caption of a palmarès table and the header of its value column, in the visitor's language. */
final class PalmaresCaption {
    private PalmaresCaption() {}

    /** Category, what is ranked, network, area, edition, methodology and SIMULATED when it applies. */
    static String of(PublishedPalmares.Page page, PalmaresFilters filters, List<Category> categories, Texts t) {
        String category = categories.stream()
                .filter(c -> c.slug().equals(filters.category()))
                .map(Category::label)
                .findFirst()
                .orElse(filters.category());
        String area = filters.area();
        String caption = t.format(
                "palmares.caption",
                category,
                ranked(page, t),
                t.get("palmares.network." + networkOf(filters)),
                page.edition().period(),
                page.edition().methodologyVersion());
        if (area != null) {
            caption += " · " + t.format("palmares.caption.area", area);
        }
        return page.simulated() ? caption + " · " + t.get("palmares.simulated.short") : caption;
    }

    /** The value column's header: the KPI (per 1,000 inhabitants in that view) or the score. */
    static String valueHeader(PublishedPalmares.Page page, Texts t) {
        return switch (page.query().view()) {
            case "per-capita" -> t.format("palmares.value.perCapita", t.get("territory.kpi." + page.kpiOfRanking()));
            case "raw" -> t.get("territory.kpi." + page.kpiOfRanking());
            default -> t.get("palmares.value." + page.query().view());
        };
    }

    private static String ranked(PublishedPalmares.Page page, Texts t) {
        String view = t.get("palmares.view." + page.query().view());
        return switch (page.query().view()) {
            case "raw", "per-capita" -> t.get("territory.kpi." + page.kpiOfRanking()) + " (" + view + ")";
            default -> view;
        };
    }

    private static String networkOf(PalmaresFilters filters) {
        return filters.network().toLowerCase(java.util.Locale.ROOT);
    }
}
