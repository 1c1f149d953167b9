package fr.vigie.peers;

import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.peers.PeerReport.KpiLine;
import fr.vigie.peers.PeerReport.Verdict;
import fr.vigie.ranking.CategoryScoring;
import fr.vigie.ranking.CompositeWeights.Weight;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Compares a territory with its peers on one KPI: the peers' median, the territory's percentile
 * among itself and the peers having a value (the palmarès percentiles: 0 worst, 100 best, direction
 * respected, ties sharing their mean rank) and the verdict: a strength at {@value #STRENGTH} or above, a
 * weakness at {@value #WEAKNESS} or below, and no verdict in a group of fewer than {@value #MIN_GROUP}
 * values, where a percentile is only 0, 50 or 100.
 */
final class PeerComparison {
    static final double STRENGTH = 75;
    static final double WEAKNESS = 25;
    static final int MIN_GROUP = 3;
    private static final double TIE_SCALE = 1e6;

    private PeerComparison() {}

    /** The composite KPIs in the order of the weights, then every other catalogue KPI having a value. */
    static List<KpiLine> lines(List<Weight> composite, PeerCandidate target, List<PeerCandidate> peers) {
        Stream<KpiLine> weighted =
                composite.stream().map(w -> line(w.kpiId(), unit(w.kpiId()), w.better(), w.weight(), target, peers));
        Stream<KpiLine> others = KpiCatalogue.ALL.stream()
                .filter(k -> composite.stream().noneMatch(w -> w.kpiId().equals(k.id())))
                .filter(k -> Stream.concat(Stream.of(target), peers.stream()).anyMatch(c -> c.value(k.id()) != null))
                .map(k -> line(k.id(), k.unit(), k.betterDirection(), null, target, peers));
        return Stream.concat(weighted, others).toList();
    }

    private static String unit(String kpiId) {
        return KpiCatalogue.find(kpiId).map(Kpi::unit).orElse("");
    }

    static KpiLine line(
            String kpiId,
            String unit,
            BetterDirection better,
            @Nullable Double weight,
            PeerCandidate target,
            List<PeerCandidate> peers) {
        List<Double> peerValues = peers.stream()
                .map(p -> p.value(kpiId))
                .filter(Objects::nonNull)
                .filter(Double::isFinite)
                .toList();
        Double value = target.value(kpiId);
        Double percentile = null;
        Verdict verdict = Verdict.UNDETERMINED;
        if (value != null && Double.isFinite(value) && !peerValues.isEmpty()) {
            List<@Nullable Double> group = new ArrayList<>();
            group.add(value);
            group.addAll(peerValues);
            percentile = CategoryScoring.percentiles(group, better).getFirst();
            if (percentile != null && group.size() >= MIN_GROUP) {
                verdict = percentile >= STRENGTH
                        ? Verdict.STRENGTH
                        : percentile <= WEAKNESS ? Verdict.WEAKNESS : Verdict.IN_LINE;
            }
        }
        return new KpiLine(
                kpiId, unit, better, weight, value, median(peerValues), peerValues.size(), percentile, verdict);
    }

    /** The median (mean of the two middle values for an even count), null for no value. */
    static @Nullable Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Whether the value is worse than the median in the KPI's direction (equal to 6 decimals: not behind). */
    static boolean behind(double value, double median, BetterDirection better) {
        long v = Math.round(value * TIE_SCALE);
        long m = Math.round(median * TIE_SCALE);
        return better == BetterDirection.HIGHER ? v < m : v > m;
    }

    /** How far behind the median, in % of the median's magnitude; null when the median is 0. */
    static @Nullable Double gapPercent(double value, double median) {
        return median == 0 ? null : 100 * Math.abs(median - value) / Math.abs(median);
    }
}
