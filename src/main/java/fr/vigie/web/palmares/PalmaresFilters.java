package fr.vigie.web.palmares;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.ranking.Category;
import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.store.PublishedTable.EditionRow;
import fr.vigie.web.RequestRefused;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The filters of a palmarès as the GET form sends them (period, category, view, kpi, network, region,
 * departement, page), with the defaults of an empty form; the département text wins over the région.
 *
 * @param page the page number, from 1
 */
public record PalmaresFilters(
        String period,
        String category,
        String view,
        String kpi,
        String network,
        String region,
        String departement,
        int page) {
    static final String DEFAULT_VIEW = "composite";
    static final String DEFAULT_KPI = "engagement-rate";

    /** The filters of the request; an empty period or category takes the given default. */
    static PalmaresFilters of(Context ctx, String defaultPeriod, String defaultCategory) {
        String pageText = param(ctx, "page", "1");
        int page;
        try {
            page = Integer.parseInt(pageText);
        } catch (NumberFormatException e) {
            throw new RequestRefused("error.refused.page", pageText, "…");
        }
        if (page < 1) {
            throw new RequestRefused("error.refused.page", pageText, "…");
        }
        return new PalmaresFilters(
                param(ctx, "period", defaultPeriod),
                param(ctx, "category", defaultCategory),
                param(ctx, "view", DEFAULT_VIEW),
                param(ctx, "kpi", DEFAULT_KPI),
                param(ctx, "network", "all"),
                param(ctx, "region", ""),
                param(ctx, "departement", ""),
                page);
    }

    private static String param(Context ctx, String name, String fallback) {
        String value = Objects.requireNonNullElse(ctx.queryParam(name), "").strip();
        return value.isEmpty() ? fallback : value;
    }

    /**
     * Refuses, in the visitor's words, a period, category, view or KPI the published palmarès do not
     * have (or any request when none is published).
     */
    void refuseUnknown(List<EditionRow> editions, List<Category> categories) {
        if (editions.isEmpty() || categories.isEmpty()) {
            throw new RequestRefused("error.refused.noEdition");
        }
        if (editions.stream().noneMatch(e -> e.period().equals(period))) {
            throw new RequestRefused(
                    "error.refused.edition",
                    period,
                    String.join(", ", editions.stream().map(EditionRow::period).toList()));
        }
        if (categories.stream().noneMatch(c -> c.slug().equals(category))) {
            throw new RequestRefused("error.refused.category", category);
        }
        if (!PublishedPalmares.VIEWS.contains(view)) {
            throw new RequestRefused("error.refused.view", view);
        }
        if (KpiCatalogue.find(kpi).isEmpty()) {
            throw new RequestRefused("error.refused.kpi", kpi, KpiCatalogue.ids());
        }
    }

    /** The registry code of the area asked for (DEP-13, REG-93), or null for the whole category. */
    public @Nullable String area() {
        if (!departement.isEmpty()) {
            String code = departement.toUpperCase(Locale.ROOT).replaceFirst("^DEP-", "");
            if (!code.matches("[0-9]{2,3}|2A|2B")) {
                throw new RequestRefused("error.refused.departement", departement);
            }
            return "DEP-" + code;
        }
        if (!region.isEmpty()) {
            if (!region.matches("REG-[0-9]{2}")) {
                throw new RequestRefused("error.refused.region", region);
            }
            return region;
        }
        return null;
    }

    /** The query of rows [offset, offset + limit). */
    PublishedPalmares.Query query(int offset, int limit) {
        return new PublishedPalmares.Query(period, category, view, kpi, network, area(), offset, limit);
    }

    /** Whether the KPI filter applies (the raw and per-capita views). */
    public boolean kpiApplies() {
        return view.equals("raw") || view.equals("per-capita");
    }

    /** The query string of these filters on another page, URL-encoded (without the leading ?). */
    public String queryString(int pageNumber) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", period);
        params.put("category", category);
        params.put("view", view);
        params.put("kpi", kpi);
        params.put("network", network);
        params.put("region", region);
        params.put("departement", departement);
        params.put("page", String.valueOf(pageNumber));
        return params.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
