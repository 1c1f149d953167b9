package fr.vigie.peers;

import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.peers.PeerReport.KpiLine;
import fr.vigie.peers.PeerReport.Verdict;
import fr.vigie.ranking.CategoryScoring;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
