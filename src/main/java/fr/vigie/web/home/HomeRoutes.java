package fr.vigie.web.home;

import fr.vigie.ranking.Category;
import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.store.PublishedTable.EditionRow;
import fr.vigie.web.Frame;
import fr.vigie.web.Texts;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The home page: the highlights of the latest published edition — the top 3 of the composite score of
 * every category (one small page read each) — or the welcome text telling to run vigie publish.
 */
public final class HomeRoutes implements WebRoutes {
    /** One territory of a category's top 3. */
    public record Podium(String rank, String code, String name, String score) {}

    /** A category and its top 3 (empty when nothing is ranked). */
    public record CategoryTop(String slug, String label, List<Podium> places) {}

    /**
     * The model of the home page; period is "" when no edition is published.
     *
     * @param methodology the sentence naming the edition's methodology and publication date
     */
    public record HomePage(
            Frame frame, String period, String methodology, boolean simulated, List<CategoryTop> categories) {
        public boolean published() {
            return !period.isEmpty();
        }
    }

    private final WebContext context;

    public HomeRoutes(WebContext context) {
        this.context = context;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/", this::home);
    }

    private void home(Context ctx) {
        Frame frame = context.pages().frame(ctx, "home.title");
        Texts t = frame.t();
        HomePage page = context.stores().read(store -> {
            var published = new PublishedPalmares(store);
            var latest = published.latest();
            if (latest.isEmpty()) {
                return new HomePage(frame, "", "", false, List.of());
            }
            EditionRow edition = latest.get();
            List<CategoryTop> tops = published.categories().stream()
                    .map(category -> top(published, edition, category, t))
                    .toList();
            String publishedOn = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(t.language().equals("en") ? Locale.UK : Locale.FRANCE)
                    .format(edition.publishedAt().atZone(ZoneId.of("Europe/Paris")));
            return new HomePage(
                    frame,
                    edition.period(),
                    t.format("home.edition.methodology", edition.methodologyVersion(), publishedOn),
                    edition.simulated(),
                    tops);
        });
        context.templates().send(ctx, "home/home.jte", page);
    }

    private static CategoryTop top(PublishedPalmares published, EditionRow edition, Category category, Texts t) {
        var page = published.page(
                new PublishedPalmares.Query(edition.period(), category.slug(), "composite", "", "all", null, 0, 3));
        return new CategoryTop(
                category.slug(),
                category.label(),
                page.places().stream()
                        .map(p -> new Podium(
                                (p.tied() ? "=" : "") + p.rank(),
                                p.territoryCode(),
                                p.name(),
                                p.value() == null ? "—" : t.number(p.value(), 1)))
                        .toList());
    }
}
