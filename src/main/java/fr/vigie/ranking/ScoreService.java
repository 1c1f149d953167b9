package fr.vigie.ranking;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.CompositeWeights.Weight;
import fr.vigie.ranking.ScoreCandidates.Candidate;
import fr.vigie.ranking.Scoreboard.ScoreView;
import fr.vigie.store.ScoreTable;
import fr.vigie.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The composite and size-adjusted palmarès of a category (docs/methodology.md), stored in the
 * ranking table under the kpi and view {@code composite} and {@code size-adjusted}, and their
 * extracts for a région or a département (ranked in the whole category first, then filtered).
 */
public final class ScoreService {
    private final RankService ranks;
    private final KpiService kpis;
    private final ScoreTable table;
    private final CompositeWeights weights;
    private final ScoreCandidates territories;
    private final ScoreboardAssembly assembly;

    public ScoreService(Store store, KpiService kpis, CompositeWeights weights) {
        this.ranks = new RankService(store, kpis);
        this.kpis = kpis;
        this.table = new ScoreTable(store);
        this.weights = weights;
        this.territories = new ScoreCandidates(store);
        this.assembly = new ScoreboardAssembly(store);
    }

    public CompositeWeights weights() {
        return weights;
    }

    /** The composite palmarès of a category; area: a région or département code, or null. */
    public Scoreboard composite(String categorySlug, Period period, String network, @Nullable String area) {
        Category category = ranks.category(categorySlug);
        String networkId = RankService.networkId(network);
        Set<String> within = area == null ? null : within(area);
        List<String> computed = computeMissing(period, weights.kpiIds());
        List<Candidate> candidates = territories.load(category, weights.kpiIds(), period, networkId);
        Map<String, List<@Nullable Double>> values = new LinkedHashMap<>();
        for (String kpi : weights.kpiIds()) {
            values.put(kpi, candidates.stream().map(c -> c.values().get(kpi)).toList());
        }
        var result = CompositeScore.score(weights.weights(), values, candidates.size());
        List<String> columns = new ArrayList<>(List.of("coverage-%"));
        result.inPlay().forEach(w -> columns.add(w.kpiId() + "-percentile"));
        List<List<@Nullable Double>> details = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            List<@Nullable Double> row = new ArrayList<>();
            row.add(result.coverage().get(i) * 100);
            for (Weight w : result.inPlay()) {
                row.add(result.percentiles().get(w.kpiId()).get(i));
            }
            details.add(row);
        }
        List<Map<String, Object>> used = new ArrayList<>();
        List<String> absent = new ArrayList<>();
        for (Weight w : weights.weights()) {
            boolean inPlay = result.inPlay().contains(w);
            used.add(Map.of(
                    "kpi", w.kpiId(),
                    "weight", w.weight(),
                    "better", w.better().name().toLowerCase(java.util.Locale.ROOT),
                    "in_play", inPlay));
            if (!inPlay && w.weight() > 0) {
                absent.add(w.kpiId());
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("weights_source", weights.source());
        model.put("weights", used);
        model.put("missing_value", "weight shared out among the territory's other KPIs");
        model.put("min_coverage", CompositeScore.MIN_COVERAGE);
        List<String> notes = new ArrayList<>();
        notes.add("Weights (" + weights.source() + "): "
                + String.join(
                        ", ",
                        result.inPlay().stream()
                                .map(w -> w.kpiId() + " " + PalmaresOutput.number(w.weight()))
                                .toList()));
        if (!absent.isEmpty()) {
            notes.add("No value in this category, left out: " + String.join(", ", absent));
        }
        notes.add("Score = weighted mean of the percentiles within the category; missing values share out their"
                + " weight; territories with less than " + Math.round(CompositeScore.MIN_COVERAGE * 100)
                + " % of the weight are not scored");
        return assembly.board(
                ScoreView.COMPOSITE,
                category,
                period,
                networkId,
                within,
                area,
                computed,
                candidates,
                result.score(),
                details,
                columns,
                model,
                notes);
    }

    /** The size-adjusted palmarès: audience beyond what the population predicts, within the category. */
    public Scoreboard sizeAdjusted(String categorySlug, Period period, String network, @Nullable String area) {
        Category category = ranks.category(categorySlug);
        String networkId = RankService.networkId(network);
        Set<String> within = area == null ? null : within(area);
        String audience = KpiCatalogue.AUDIENCE.id();
        List<String> computed = computeMissing(period, List.of(audience));
        List<Candidate> candidates = territories.load(category, List.of(audience), period, networkId);
        List<Candidate> fitted =
                candidates.stream().filter(ScoreService::fittable).toList();
        Optional<SizeFit> fit = SizeFit.fit(
                fitted.stream().mapToDouble(c -> Math.log(c.population())).toArray(),
                fitted.stream()
                        .mapToDouble(c -> Math.log(c.values().get(audience)))
                        .toArray());
        List<@Nullable Double> residuals = new ArrayList<>();
        List<List<@Nullable Double>> details = new ArrayList<>();
        for (Candidate c : candidates) {
            Double followers = c.values().get(audience);
            if (fit.isEmpty() || !fittable(c)) {
                residuals.add(null);
                details.add(java.util.Arrays.asList(followers, null, null));
                continue;
            }
            double expected = fit.get().expectedLogFollowers(c.population());
            double residual = Math.log(followers) - expected;
            residuals.add(residual);
            details.add(List.of(followers, Math.exp(expected), Math.exp(residual)));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("model", "ln(followers) = intercept + slope * ln(population), OLS within the category");
        List<String> notes = new ArrayList<>();
        fit.ifPresentOrElse(
                f -> {
                    model.put("n", f.n());
                    model.put("slope", f.slope());
                    model.put("intercept", f.intercept());
                    model.put("r_squared", f.rSquared());
                    notes.add(String.format(
                            java.util.Locale.ROOT,
                            "Fit ln(followers) = %.4f + %.4f × ln(population) on %d territories, R² = %.3f;"
                                    + " score = ln(followers) − expected (× expected = exp(score))",
                            f.intercept(),
                            f.slope(),
                            f.n(),
                            f.rSquared()));
                },
                () -> notes.add("No fit: fewer than " + SizeFit.MIN_POINTS
                        + " territories with followers and population above 0, or all of the same population"));
        return assembly.board(
                ScoreView.SIZE_ADJUSTED,
                category,
                period,
                networkId,
                within,
                area,
                computed,
                candidates,
                residuals,
                details,
                List.of("followers", "expected-followers", "times-expected"),
                model,
                notes);
    }

    /** The raw and per-capita palmarès restricted to a région or département (ranks of the category kept). */
    public Ranking extract(Ranking ranking, String area) {
        Set<String> codes = within(area);
        return new Ranking(
                ranking.category(),
                ranking.period(),
                ranking.kpi(),
                ranking.network(),
                ranking.methodologyVersion(),
                ranking.populationMillesimes(),
                ranking.simulated(),
                ranking.computedNow(),
                ranking.territories().stream()
                        .filter(t -> codes.contains(t.code()))
                        .toList());
    }

    /**
     * The registry code of a région (REG-93, or 93) or département (DEP-13, or 13) typed by a person.
     *
     * @param kind "region" or "departement"
     */
    public String areaCode(String typed, String kind) {
        String code = typed.strip().toUpperCase(java.util.Locale.ROOT);
        String prefix = kind.equals("region") ? "REG-" : "DEP-";
        if (!code.startsWith(prefix)) {
            code = prefix + code;
        }
        if (!kind.equals(table.kind(code))) {
            throw new VigieException("unknown " + (kind.equals("region") ? "région" : "département") + " '" + typed
                    + "': use its registry code, e.g. " + prefix + (kind.equals("region") ? "93" : "13")
                    + " (see `vigie territories search`)");
        }
        return code;
    }

    private Set<String> within(String area) {
        return table.codesWithin(area);
    }

    private static boolean fittable(Candidate c) {
        Double followers = c.values().get(KpiCatalogue.AUDIENCE.id());
        return followers != null && followers > 0 && c.population() != null && c.population() > 0;
    }

    /** Computes the catalogue KPIs among the ids whose values are missing or stale; others are read as stored. */
    private List<String> computeMissing(Period period, List<String> ids) {
        List<Kpi> missing = ids.stream()
                .flatMap(id -> KpiCatalogue.find(id).stream())
                .filter(kpi -> !kpis.hasCurrentValues(period, kpi))
                .toList();
        if (!missing.isEmpty()) {
            kpis.compute(period, missing);
        }
        return missing.stream().map(Kpi::id).toList();
    }
}
