package fr.vigie.web.api;

import fr.vigie.store.PublishedTable.EditionRow;
import fr.vigie.web.WebContext;
import fr.vigie.web.WebRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The public JSON API, /api/v1 (docs in src/main/resources/web/openapi.json): published editions,
 * categories, palmarès pages and CSV, territories, search. Read-only and open to every origin (CORS
 * on GET and HEAD only, nowhere else on the site).
 */
public final class ApiRoutes implements WebRoutes {
    static final String ROOT = "/api/v1";

    record EditionItem(String period, String methodologyVersion, String publishedAt, boolean simulated) {}

    record Editions(List<EditionItem> editions) {}

    record Categories(List<fr.vigie.ranking.Category> categories) {}

    private final ApiCache cache;
    private final PalmaresEndpoint palmares;
    private final TerritoryEndpoint territories;
    private final List<String> paths = new ArrayList<>();
    private final byte[] openApi;

    public ApiRoutes(WebContext context) {
        this.cache = new ApiCache(context.stores());
        this.palmares = new PalmaresEndpoint(cache);
        this.territories = new TerritoryEndpoint(cache);
        this.openApi = resource("/web/openapi.json");
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.before(ROOT + "/*", ApiRoutes::allowOrigins);
        routes.options(ROOT + "/*", ApiRoutes::preflight);
        get(routes, "/ping", ctx -> ApiJson.send(ctx, Map.of("ok", true)));
        get(routes, "/openapi.json", ctx -> ApiJson.send(ctx, openApi));
        get(routes, "/editions", this::editions);
        get(routes, "/categories", ctx -> {
            ctx.header("Cache-Control", Conditional.CACHE_CONTROL);
            ApiJson.send(ctx, new Categories(cache.snapshot().categories()));
        });
        get(routes, "/palmares", palmares::json);
        get(routes, "/palmares.csv", palmares::csv);
        get(routes, "/territories/{code}", territories::json);
        get(routes, "/territories/{code}/kpis.csv", territories::csv);
        get(routes, "/search", territories::search);
    }

    /** Every path this feature serves, e.g. /api/v1/palmares (filled by {@link #register}). */
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** How many times the API read the store (tests check that a 304 or a cached page reads nothing). */
    long storeReads() {
        return cache.reads();
    }

    private void get(RoutesConfig routes, String path, Handler handler) {
        paths.add(ROOT + path);
        routes.get(ROOT + path, handler);
        routes.head(ROOT + path, handler);
    }

    private void editions(Context ctx) {
        PublishedSnapshot snapshot = cache.snapshot();
        if (Conditional.notModified(ctx, PalmaresRequest.strongTag("editions|" + snapshot.fingerprint()))) {
            return;
        }
        ApiJson.send(
                ctx,
                new Editions(snapshot.editions().stream().map(ApiRoutes::item).toList()));
    }

    private static EditionItem item(EditionRow e) {
        return new EditionItem(
                e.period(), e.methodologyVersion(), e.publishedAt().toString(), e.simulated());
    }

    private static void allowOrigins(Context ctx) {
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("HEAD")) {
            ctx.header("Access-Control-Allow-Origin", "*").header("Access-Control-Expose-Headers", "ETag, Link");
        }
    }

    /** Preflight: only GET and HEAD are allowed from other origins. */
    private static void preflight(Context ctx) {
        String asked = Objects.requireNonNullElse(ctx.header("Access-Control-Request-Method"), "GET");
        if (!asked.equals("GET") && !asked.equals("HEAD")) {
            ctx.status(405).header("Allow", "GET, HEAD, OPTIONS");
            return;
        }
        ctx.status(204)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Allow-Methods", "GET, HEAD")
                .header("Access-Control-Allow-Headers", "If-None-Match")
                .header("Access-Control-Max-Age", "86400");
    }

    private static byte[] resource(String name) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
