package fr.vigie.kpi;

import fr.vigie.VigieException;
import fr.vigie.account.Network;
import fr.vigie.store.CategoryTable;
import fr.vigie.store.PostPerformanceTable;
import fr.vigie.store.PostPerformanceTable.PostRow;
import fr.vigie.store.PostPerformanceTable.Scope;
import fr.vigie.store.PostPerformanceTable.Window;
import fr.vigie.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Scores the posts of a period by overperformance (resources kpi/posts/overperformance.sql) and
 * lists the best ones of a category.
 */
public final class BestPosts {
    /** Fewer previous posts of the same type than this give no expectation, hence no score. */
    public static final int MIN_BASELINE_POSTS = 5;

    public static final String SQL_RESOURCE = "/kpi/posts/overperformance.sql";

    /**
     * The post age at which every post is measured, and how far from it an observation may be.
     * Default 24 h ± 6 h: collectors and the simulator observe posts at 1 h, 24 h, 7 d and 30 d.
     */
    public record MeasureAge(double hours, double toleranceHours) {
        public static final MeasureAge DEFAULT = new MeasureAge(24, 6);

        public MeasureAge {
            if (!(hours > 0) || !(toleranceHours >= 0) || toleranceHours >= hours) {
                throw new VigieException("a measure age is positive with a tolerance from 0 to below it, not " + hours
                        + " h ± " + toleranceHours + " h");
            }
        }
    }

    /** The best posts of a category and period, with what every output must state. */
    public record Result(
            Period period,
            String category,
            @Nullable String network,
            MeasureAge age,
            String methodologyVersion,
            List<PostOverperformance> posts) {
        public Result {
            posts = List.copyOf(posts);
        }

        public boolean simulated() {
            return posts.stream().anyMatch(PostOverperformance::simulated);
        }

        /** The population millésimes of the listed territories, ascending (usually one). */
        public List<Integer> populationMillesimes() {
            return posts.stream()
                    .map(PostOverperformance::populationMillesime)
                    .filter(Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }

    /** How many best posts of each territory a publication stores (and a territory page shows). */
    public static final int PER_TERRITORY = 5;

    private final Store store;
    private final PostPerformanceTable table;

    public BestPosts(Store store) {
        this.store = store;
        this.table = new PostPerformanceTable(store);
    }

    /**
     * The {@code limit} best-scoring posts (0 for all) of the category's official accounts published
     * in the period, on one network or all (null); posts without a score are left out.
     *
     * @throws VigieException for an unknown category or network, naming the known ones
     */
    public Result best(Period period, String category, @Nullable String network, MeasureAge age, int limit) {
        String slug = knownCategory(category);
        String networkId =
                network == null || network.isBlank() || network.strip().equals("all")
                        ? null
                        : Network.parse(network)
                                .orElseThrow(() -> new VigieException(
                                        "unknown network '" + network + "': use all or one of " + Network.ids()))
                                .id();
        List<PostOverperformance> posts = scored(period, slug, networkId, age, limit).stream()
                .filter(p -> p.overperformance() != null)
                .toList();
        return new Result(period, slug, networkId, age, KpiCatalogue.METHODOLOGY_VERSION, posts);
    }

    /**
     * Every measured post of the period (first {@code limit}, 0 for all), scored or not, best first;
     * category and network null for all.
     */
    public List<PostOverperformance> scored(
            Period period, @Nullable String category, @Nullable String network, MeasureAge age, int limit) {
        return scored(period, new Scope(category, network, null), age, limit);
    }

    /**
     * The measured posts of one territory's official accounts in the period, scored or not, best first:
     * each post is compared with its own account's history, so the scores are those of {@link
     * #scored(Period, String, String, MeasureAge, int)}, at the cost of this territory's posts only.
     */
    public List<PostOverperformance> scoredFor(String territoryCode, Period period, MeasureAge age, int limit) {
        return scored(period, new Scope(null, null, territoryCode), age, limit);
    }

    /**
     * Stores, for a publication, the {@code perTerritory} best scored posts of every territory of the
     * period (measured at the default age); returns how many were stored.
     */
    public long publish(Period period, int perTerritory) {
        return table.publishBest(
                sql(),
                window(period, MeasureAge.DEFAULT),
                period.label(),
                KpiCatalogue.METHODOLOGY_VERSION,
                perTerritory);
    }

    /**
     * The best posts a publication stored for the territory, best first; empty when no publication of
     * the period stored any (the caller then scores them with {@link #scoredFor}).
     */
    public Optional<List<PostOverperformance>> published(String territoryCode, Period period) {
        String version = KpiCatalogue.METHODOLOGY_VERSION;
        if (!table.hasPublishedBest(period.label(), version)) {
            return Optional.empty();
        }
        return Optional.of(table.publishedBest(period.label(), version, territoryCode).stream()
                .map(BestPosts::post)
                .toList());
    }

    private List<PostOverperformance> scored(Period period, Scope scope, MeasureAge age, int limit) {
        return table.run(sql(), window(period, age), scope, limit).stream()
                .map(BestPosts::post)
                .toList();
    }

    private static Window window(Period period, MeasureAge age) {
        return new Window(period.startInstant(), period.endInstant(), age.hours(), age.toleranceHours());
    }

    private static PostOverperformance post(PostRow r) {
        return new PostOverperformance(
                r.network(),
                r.postId(),
                r.accountId(),
                r.territoryCode(),
                r.territoryName(),
                r.category(),
                r.type(),
                r.publishedAt(),
                r.url(),
                r.ageHours(),
                r.interactions(),
                r.expected(),
                r.baselinePosts(),
                r.overperformance(),
                r.populationMillesime(),
                r.simulated());
    }

    private String knownCategory(String category) {
        var known = new CategoryTable(store)
                .counts().stream().map(CategoryTable.CountRow::category).toList();
        String slug = category.strip();
        if (!known.contains(slug)) {
            throw new VigieException("unknown category '" + category + "': use one of "
                    + known.stream().collect(Collectors.joining(", "))
                    + " (see `vigie territories categories`)");
        }
        return slug;
    }

    /** The SQL file, as a journalist runs it in the DuckDB CLI. */
    public static String sql() {
        try (InputStream in = BestPosts.class.getResourceAsStream(SQL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the overperformance SQL is missing from the build: " + SQL_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SQL_RESOURCE, e);
        }
    }
}
