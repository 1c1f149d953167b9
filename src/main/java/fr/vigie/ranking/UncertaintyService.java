package fr.vigie.ranking;

import fr.vigie.VigieException;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.store.Samples;
import fr.vigie.store.Store;
import fr.vigie.store.UncertaintyTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rank intervals of a palmarès by bootstrap (docs/methodology.md, "Uncertainty"). Posts-based KPIs
 * are resampled in memory from per-territory samples loaded with one query: engagement-rate over the
 * posts of the period, posts-per-day over the 30 days of its window. Other KPIs (audience and the
 * snapshot-based ones) have nothing to resample: their interval is the point rank. Composite and
 * size-adjusted palmarès: see {@link ScoreUncertainty}.
 */
public final class UncertaintyService {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 2026;
    /** The window of posts-per-day, in Paris days (kpi/posts-per-day.sql). */
    static final int POSTS_PER_DAY_WINDOW = 30;

    private final UncertaintyTable table;
    private final ScoreCandidates candidates;
    private final ScoreUncertainty scores;

    /** A service that loads the samples of the category it is asked about. */
    public UncertaintyService(Store store) {
        this(store, false);
    }

    private UncertaintyService(Store store, boolean everyCategory) {
        this.table = new UncertaintyTable(store);
        this.candidates = new ScoreCandidates(store);
        this.scores = new ScoreUncertainty(table, everyCategory);
    }

    /**
     * A service for ranking every category in turn (an edition): the composite's samples are loaded
     * for every category with one query per KPI, then kept. Data stored afterwards are not seen.
     */
    public static UncertaintyService forEveryCategory(Store store) {
        return new UncertaintyService(store, true);
    }

    /** Whether the KPI's interval comes from a resampling, and of what ("posts", "days" or "none"). */
    public static String method(String kpiId) {
        if (kpiId.equals(KpiCatalogue.ENGAGEMENT_RATE.id())) {
            return "posts";
        }
        if (kpiId.equals(KpiCatalogue.POSTS_PER_DAY.id())) {
            return "days";
        }
        return RankUncertainty.NONE;
    }

    /**
     * The rank interval of every ranked territory of a composite or size-adjusted palmarès, in its
     * whole category (also when the board is an extract), from the KPI values stored for it.
     *
     * @param weights the weights the composite was computed with (unused for size-adjusted)
     * @throws VigieException when resamples is below 1
     */
    public RankUncertainty intervals(Scoreboard board, CompositeWeights weights, int resamples, long seed) {
        checkResamples(resamples);
        return switch (board.view()) {
            case COMPOSITE ->
                scores.composite(
                        candidates.load(board.category(), weights.kpiIds(), board.period(), board.network()),
                        weights,
                        board.category(),
                        board.period(),
                        board.network(),
                        resamples,
                        seed);
            case SIZE_ADJUSTED ->
                scores.sizeAdjusted(
                        candidates.load(
                                board.category(), List.of(KpiCatalogue.AUDIENCE.id()), board.period(), board.network()),
                        resamples,
                        seed);
        };
    }

    private static void checkResamples(int resamples) {
        if (resamples < 1) {
            throw new VigieException(
                    "--resamples must be at least 1 (default " + DEFAULT_RESAMPLES + "), not " + resamples);
        }
    }

    /**
     * The rank interval of every ranked territory of the palmarès (its raw view).
     *
     * @throws VigieException when resamples is below 1
     */
    public RankUncertainty intervals(Ranking ranking, int resamples, long seed) {
        checkResamples(resamples);
        String method = method(ranking.kpi().id());
        String category = ranking.category().slug();
        Map<String, Samples> samples;
        double scale;
        switch (method) {
            case "posts" -> {
                samples = table.postEngagement(
                        category,
                        ranking.network(),
                        ranking.period().startInstant(),
                        ranking.period().endInstant(),
                        ResampledMean.NORMAL_FROM);
                scale = 100;
            }
            case "days" -> {
                samples = table.dailyPosts(
                        category, ranking.network(), ranking.period().end(), POSTS_PER_DAY_WINDOW);
                scale = 1;
            }
            default -> {
                samples = Map.of();
                scale = 1;
            }
        }
        List<RankedTerritory> territories = ranking.territories();
        List<@Nullable ResampledMean> aligned = new ArrayList<>();
        for (RankedTerritory t : territories) {
            Samples s = samples.get(t.code());
            aligned.add(s == null ? null : new ResampledMean(s));
        }
        @Nullable RankInterval[] found = Bootstrap.intervals(
                territories.stream().map(t -> t.raw().value()).toList(),
                territories.stream().map(t -> t.raw().rank()).toList(),
                aligned,
                scale,
                ranking.kpi().betterDirection(),
                method.equals(RankUncertainty.NONE) ? 1 : resamples,
                seed);
        Map<String, RankInterval> intervals = new HashMap<>();
        Map<String, Integer> pointRanks = new HashMap<>();
        for (int i = 0; i < territories.size(); i++) {
            if (found[i] != null) {
                intervals.put(territories.get(i).code(), found[i]);
                pointRanks.put(
                        territories.get(i).code(), territories.get(i).raw().rank());
            }
        }
        return new RankUncertainty(method, resamples, seed, intervals, pointRanks);
    }
}
