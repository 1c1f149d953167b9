package fr.vigie.kpi;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.VigieException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Writes best posts as a table, CSV or JSON. Every format states the methodology version, period,
 * measure age and population millésime, and labels simulated data.
 */
public final class BestPostsWriter {
    public static final String SIMULATED_LABEL = "SIMULATED DATA";

    /** The output formats. */
    public enum Format {
        TABLE,
        CSV,
        JSON;

        public static Format parse(String text) {
            return Arrays.stream(values())
                    .filter(f -> f.name().equalsIgnoreCase(text.strip()))
                    .findFirst()
                    .orElseThrow(() -> new VigieException("unknown format '" + text + "': use table, csv or json"));
        }
    }

    private static final List<String> COLUMNS = List.of(
            "rank",
            "overperformance",
            "interactions",
            "expected",
            "baseline_posts",
            "age_hours",
            "network",
            "type",
            "territory_code",
            "territory_name",
            "account_id",
            "post_id",
            "published_at",
            "url",
            "simulated");

    private BestPostsWriter() {}

    public static void write(BestPosts.Result result, Format format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(result, out);
            case CSV -> csv(result, out);
            case JSON -> {
                try {
                    json(result, out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        out.flush();
    }

    private static void table(BestPosts.Result r, PrintWriter out) {
        out.printf(
                "Best posts · %s · network %s · period %s · measured at %s h ± %s h%n",
                r.category(),
                r.network() == null ? "all" : r.network(),
                r.period().label(),
                KpiSheet.number(r.age().hours()),
                KpiSheet.number(r.age().toleranceHours()));
        out.printf(
                "Methodology %s · population millésime %s%s%n",
                r.methodologyVersion(),
                millesimes(r),
                r.simulated() ? " · " + SIMULATED_LABEL + " (not real figures)" : "");
        if (r.posts().isEmpty()) {
            out.println("no scored post: posts need an observation near that age and " + BestPosts.MIN_BASELINE_POSTS
                    + " earlier posts of the same type");
            return;
        }
        out.printf(
                "%4s %9s %12s %10s %6s  %-9s %-24s %s%n",
                "rank", "overperf.", "interactions", "expected", "age h", "network", "territory", "url");
        int rank = 1;
        for (PostOverperformance p : r.posts()) {
            out.printf(
                    Locale.ROOT,
                    "%4d %9.2f %,12d %10.1f %6.1f  %-9s %-24.24s %s%n",
                    rank++,
                    p.overperformance(),
                    p.interactions(),
                    p.expected(),
                    p.ageHours(),
                    p.network(),
                    p.territoryName(),
                    p.url() == null ? p.postId() : p.url());
        }
    }

    private static void csv(BestPosts.Result r, PrintWriter out) {
        try {
            CSVPrinter csv = new CSVPrinter(
                    out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get());
            List<String> header = new ArrayList<>(COLUMNS);
            header.addAll(
                    List.of("category", "period", "post_age_hours", "methodology_version", "population_millesime"));
            csv.printRecord(header);
            for (Map<String, @Nullable Object> row : rows(r)) {
                List<@Nullable Object> values = new ArrayList<>();
                COLUMNS.forEach(column -> values.add(row.get(column)));
                values.addAll(List.of(r.category(), r.period().label(), r.age().hours(), r.methodologyVersion()));
                values.add(row.get("population_millesime_of_row"));
                csv.printRecord(values);
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void json(BestPosts.Result r, PrintWriter out) throws IOException {
        Map<String, @Nullable Object> root = new LinkedHashMap<>();
        root.put("methodology_version", r.methodologyVersion());
        root.put("period", r.period().label());
        root.put("category", r.category());
        root.put("network", r.network() == null ? "all" : r.network());
        root.put("post_age_hours", r.age().hours());
        root.put("age_tolerance_hours", r.age().toleranceHours());
        root.put("population_millesime", r.populationMillesimes());
        root.put("simulated", r.simulated());
        if (r.simulated()) {
            root.put("label", SIMULATED_LABEL);
        }
        List<Map<String, @Nullable Object>> posts = rows(r);
        posts.forEach(p -> p.put("population_millesime", p.remove("population_millesime_of_row")));
        root.put("posts", posts);
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static List<Map<String, @Nullable Object>> rows(BestPosts.Result r) {
        List<Map<String, @Nullable Object>> rows = new ArrayList<>();
        int rank = 1;
        for (PostOverperformance p : r.posts()) {
            Map<String, @Nullable Object> row = new LinkedHashMap<>();
            row.put("rank", rank++);
            row.put("overperformance", p.overperformance());
            row.put("interactions", p.interactions());
            row.put("expected", p.expected());
            row.put("baseline_posts", p.baselinePosts());
            row.put("age_hours", p.ageHours());
            row.put("network", p.network());
            row.put("type", p.type());
            row.put("territory_code", p.territoryCode());
            row.put("territory_name", p.territoryName());
            row.put("account_id", p.accountId());
            row.put("post_id", p.postId());
            row.put("published_at", p.publishedAt().toString());
            row.put("url", p.url());
            row.put("simulated", p.simulated());
            row.put("population_millesime_of_row", p.populationMillesime());
            rows.add(row);
        }
        return rows;
    }

    private static String millesimes(BestPosts.Result r) {
        var m = r.populationMillesimes();
        return m.isEmpty()
                ? "unknown"
                : m.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
