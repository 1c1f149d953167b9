package fr.vigie.web.api;

import fr.vigie.VigieException;
import fr.vigie.ranking.Category;
import fr.vigie.ranking.PublishedPalmares;
import fr.vigie.store.PublishedTable.EditionRow;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of /api/v1/palmares(.csv) with their defaults filled in (latest edition, first
 * category, composite view, network all, page 1 of 50), and the strong ETag of the answer, derived
 * from the edition (period, methodology, publication time) and the normalised query — not the body.
 */
record PalmaresRequest(
        EditionRow edition,
        String category,
        String view,
        String kpi,
        String network,
        @Nullable String area,
        int page,
        int perPage) {
    static final int DEFAULT_PER_PAGE = 50;

    static PalmaresRequest of(Context ctx, PublishedSnapshot snapshot) {
        String period = ctx.queryParam("period");
        EditionRow edition = (period == null || period.isBlank() ? snapshot.latest() : snapshot.edition(period.strip()))
                .orElseThrow(() -> new VigieException((period == null || period.isBlank()
                                ? "no edition is published yet"
                                : "no edition is published for " + period.strip())
                        + ": published "
                        + snapshot.editions().stream().map(EditionRow::period).toList()));
        String category = text(
                ctx,
                "category",
                snapshot.categories().stream().map(Category::slug).findFirst().orElse(""));
        String view = text(ctx, "view", "composite");
        if (!PublishedPalmares.VIEWS.contains(view)) {
            throw new VigieException("unknown view '" + view + "': use one of " + PublishedPalmares.VIEWS);
        }
        String kpi =
                view.equals("composite") || view.equals("size-adjusted") ? view : text(ctx, "kpi", "engagement-rate");
        String area = ctx.queryParam("area");
        int page = number(ctx, "page", 1);
        int perPage = number(ctx, "per_page", DEFAULT_PER_PAGE);
        if (page < 1 || perPage < 1 || perPage > PublishedPalmares.MAX_PAGE) {
            throw new VigieException("page starts at 1 and per_page is between 1 and " + PublishedPalmares.MAX_PAGE
                    + ", got page=" + page + " per_page=" + perPage);
        }
        return new PalmaresRequest(
                edition,
                category,
                view,
                kpi,
                text(ctx, "network", "all"),
                area == null || area.isBlank() ? null : area.strip(),
                page,
                perPage);
    }

    PublishedPalmares.Query query(int offset, int limit) {
        return new PublishedPalmares.Query(edition.period(), category, view, kpi, network, area, offset, limit);
    }

    PublishedPalmares.Query query() {
        return query((page - 1) * perPage, perPage);
    }

    /** The query string of this request at another page, every parameter explicit, in a fixed order. */
    String queryString(int atPage) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("period", edition.period());
        params.put("category", category);
        params.put("view", view);
        params.put("kpi", kpi);
        params.put("network", network);
        if (area != null) {
            params.put("area", area);
        }
        params.put("page", Integer.toString(atPage));
        params.put("per_page", Integer.toString(perPage));
        var text = new StringBuilder();
        params.forEach((k, v) -> text.append(text.isEmpty() ? "" : "&")
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return text.toString();
    }

    /** A strong ETag, quoted, for this request's answer in the given format ("json", "csv"). */
    String etag(String format) {
        return strongTag(format + "|" + edition.period() + "|" + edition.methodologyVersion() + "|"
                + edition.publishedAt() + "|" + queryString(page));
    }

    static String strongTag(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Context ctx, String name, String fallback) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static int number(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new VigieException(name + " should be a whole number, got '" + value + "'");
        }
    }
}
