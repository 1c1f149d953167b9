package fr.vigie.web.palmares;

import fr.vigie.VigieException;
import fr.vigie.ranking.PublishedPalmares;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
            throw new VigieException("the page '" + pageText + "' is not a number: use 1, 2, 3…");
        }
        if (page < 1) {
            throw new VigieException("the page should be 1 or more, got " + page);
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

    /** The registry code of the area asked for (DEP-13, REG-93), or null for the whole category. */
    public @Nullable String area() {
        if (!departement.isEmpty()) {
            String code = departement.toUpperCase(Locale.ROOT).replaceFirst("^DEP-", "");
            if (!code.matches("[0-9]{2,3}|2A|2B")) {
                throw new VigieException("the département '" + departement + "' is not a code: type 04, 13, 2A or 971");
            }
            return "DEP-" + code;
        }
        if (!region.isEmpty()) {
            if (!region.matches("REG-[0-9]{2}")) {
                throw new VigieException("the région '" + region + "' is not a code: choose one in the list");
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
