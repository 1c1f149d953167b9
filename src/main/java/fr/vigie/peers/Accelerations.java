package fr.vigie.peers;

import fr.vigie.peers.PeerReport.Acceleration;
import fr.vigie.peers.PeerReport.KpiLine;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to accelerate first: the composite KPIs on which the territory is behind its peers' median,
 * each with the composite score it would get at that median, largest effect first.
 */
final class Accelerations {
    private Accelerations() {}

    /** The territory's composite score if its value of a KPI were the given one, others held. */
    @FunctionalInterface
    interface ScoreIf {
        @Nullable Double score(String kpiId, double value);
    }

    /** Largest effect first; then the largest gap; KPIs whose effect cannot be scored last. */
    private static final Comparator<Acceleration> ACCELERATE_FIRST = Comparator.comparing(
                    Acceleration::effect, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Acceleration::gapPercent, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Acceleration::kpiId);

    static List<Acceleration> of(List<KpiLine> lines, @Nullable Double score, ScoreIf scoreIf) {
        return lines.stream()
                .filter(l -> l.weight() != null && l.value() != null && l.peerMedian() != null)
                .filter(l -> PeerComparison.behind(l.value(), l.peerMedian(), l.better()))
                .map(l -> acceleration(l, scoreIf.score(l.kpiId(), l.peerMedian()), score))
                .sorted(ACCELERATE_FIRST)
                .toList();
    }

    private static Acceleration acceleration(KpiLine line, @Nullable Double scoreIfMedian, @Nullable Double score) {
        return new Acceleration(
                line.kpiId(),
                line.value(),
                line.peerMedian(),
                PeerComparison.gapPercent(line.value(), line.peerMedian()),
                scoreIfMedian,
                scoreIfMedian == null || score == null ? null : scoreIfMedian - score);
    }
}
