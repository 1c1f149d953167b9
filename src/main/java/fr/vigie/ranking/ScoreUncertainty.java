package fr.vigie.ranking;

import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.CompositeBootstrap.Column;
import fr.vigie.ranking.CompositeWeights.Weight;
import fr.vigie.ranking.ScoreCandidates.Candidate;
import fr.vigie.store.Samples;
import fr.vigie.store.UncertaintyTable;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Rank intervals of the composite and size-adjusted palmarès of a whole category (docs/methodology.md,
 * "Uncertainty"). The point scores are recomputed here from the stored KPI values with the functions
 * the palmarès uses, so that an extract still compares each territory with its whole category.
 * Composite: engagement-rate is redrawn over posts, posts-per-day over the days of its window and
 * participation-per-1000 over the days of the period; the other KPIs (snapshots, response time) keep
 * their values. Size-adjusted: the fit is redrawn over its territories.
 */
final class ScoreUncertainty {
    static final String COMPOSITE_METHOD = "posts and days";
    static final String SIZE_METHOD = "territories of the fit";

    private final UncertaintyTable table;
    private final boolean everyCategory;
    private final Map<String, Map<String, Samples>> loaded = new ConcurrentHashMap<>();

    /**
     * @param everyCategory load each KPI's samples for every category at once and keep them, for a
     *     run that ranks every category (one query per KPI instead of one per KPI and category)
     */
    ScoreUncertainty(UncertaintyTable table, boolean everyCategory) {
        this.table = table;
        this.everyCategory = everyCategory;
    }

    RankUncertainty composite(
            List<Candidate> candidates,
            CompositeWeights weights,
            Category category,
            Period period,
            String network,
            int resamples,
            long seed) {
        Map<String, List<@Nullable Double>> values = new HashMap<>();
        for (String kpi : weights.kpiIds()) {
            values.put(kpi, candidates.stream().map(c -> c.values().get(kpi)).toList());
        }
        var point = CompositeScore.score(weights.weights(), values, candidates.size());
        List<@Nullable Integer> pointRanks = CompetitionRanking.places(point.score(), BetterDirection.HIGHER).stream()
                .map(Place::rank)
                .toList();
        List<Column> columns = new ArrayList<>();
        for (Weight w : point.inPlay()) {
            double[] points = candidates.stream()
                    .mapToDouble(c -> c.valueOrNaN(w.kpiId()))
                    .toArray();
            columns.add(redrawn(w, points, candidates, category.slug(), period, network));
        }
        var intervals = CompositeBootstrap.intervals(columns, pointRanks, resamples, seed);
        boolean anyRedrawn = columns.stream().anyMatch(c -> c.samples() != null);
        return result(
                anyRedrawn ? COMPOSITE_METHOD : RankUncertainty.NONE,
                candidates,
                pointRanks,
                intervals,
                resamples,
                seed);
    }

    RankUncertainty sizeAdjusted(List<Candidate> candidates, int resamples, long seed) {
        String audience = KpiCatalogue.AUDIENCE.id();
        int n = candidates.size();
        double[] logPopulation = new double[n];
        double[] logFollowers = new double[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            double followers = c.valueOrNaN(audience);
            boolean fittable = followers > 0 && c.population() != null && c.population() > 0;
            logPopulation[i] = fittable ? Math.log(c.population()) : Double.NaN;
            logFollowers[i] = fittable ? Math.log(followers) : Double.NaN;
        }
        var fit = SizeFit.fit(
                java.util.Arrays.stream(logPopulation)
                        .filter(v -> !Double.isNaN(v))
                        .toArray(),
                java.util.Arrays.stream(logFollowers)
                        .filter(v -> !Double.isNaN(v))
                        .toArray());
        List<@Nullable Double> residuals = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            residuals.add(
                    fit.isEmpty() || Double.isNaN(logPopulation[i])
                            ? null
                            : logFollowers[i]
                                    - fit.get().intercept()
                                    - fit.get().slope() * logPopulation[i]);
        }
        List<@Nullable Integer> pointRanks = CompetitionRanking.places(residuals, BetterDirection.HIGHER).stream()
                .map(Place::rank)
                .toList();
        var intervals = SizeBootstrap.intervals(logPopulation, logFollowers, pointRanks, resamples, seed);
        return result(SIZE_METHOD, candidates, pointRanks, intervals, resamples, seed);
    }

    /** The column of a KPI in play, with each territory's samples when the KPI is one that is redrawn. */
    private Column redrawn(
            Weight w, double[] points, List<Candidate> candidates, String category, Period period, String network) {
        String id = w.kpiId();
        Map<String, Samples> samples;
        ToDoubleFunction<Candidate> scale;
        String from = everyCategory ? null : category;
        String key = id + "|" + network + "|" + period.label() + "|" + from;
        if (id.equals(KpiCatalogue.ENGAGEMENT_RATE.id())) {
            samples = loaded.computeIfAbsent(
                    key,
                    k -> table.postEngagement(
                            from, network, period.startInstant(), period.endInstant(), ResampledMean.NORMAL_FROM));
            scale = c -> 100;
        } else if (id.equals(KpiCatalogue.POSTS_PER_DAY.id())) {
            samples = loaded.computeIfAbsent(
                    key, k -> table.dailyPosts(from, network, period.end(), UncertaintyService.POSTS_PER_DAY_WINDOW));
            scale = c -> 1;
        } else if (id.equals(KpiCatalogue.PARTICIPATION_PER_1000.id())) {
            samples = loaded.computeIfAbsent(
                    key, k -> table.dailyCitizenPosts(from, network, period.start(), period.end()));
            long days = ChronoUnit.DAYS.between(period.start(), period.end());
            scale = c -> c.population() == null || c.population() <= 0 ? Double.NaN : days * 1000.0 / c.population();
        } else {
            return new Column(w.weight(), w.better(), points, null, null);
        }
        int n = candidates.size();
        ResampledMean[] means = new ResampledMean[n];
        double[] scales = new double[n];
        for (int i = 0; i < n; i++) {
            Candidate c = candidates.get(i);
            Samples s = samples.get(c.code());
            scales[i] = scale.applyAsDouble(c);
            if (s != null && !Double.isNaN(points[i]) && !Double.isNaN(scales[i])) {
                means[i] = new ResampledMean(s);
            }
        }
        return new Column(w.weight(), w.better(), points, means, scales);
    }

    private static RankUncertainty result(
            String method,
            List<Candidate> candidates,
            List<@Nullable Integer> pointRanks,
            @Nullable RankInterval[] intervals,
            int resamples,
            long seed) {
        Map<String, RankInterval> byCode = new HashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (intervals[i] != null) {
                byCode.put(candidates.get(i).code(), intervals[i]);
                ranks.put(candidates.get(i).code(), pointRanks.get(i));
            }
        }
        return new RankUncertainty(method, resamples, seed, byCode, ranks);
    }
}
