package fr.vigie.peers;

import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.kpi.Period;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The peer benchmark of one territory (docs/methodology.md, "Peers"): its nearest territories of the
 * same category by population, the KPI table against their median, strengths and weaknesses, and
 * the KPIs to accelerate first with their effect on the composite score.
 *
 * @param compositeScore the territory's composite score within the whole category, null when not scored
 * @param populationMillesimes millésimes of the populations of the territory and its peers
 * @param simulated whether a value of the territory or of a peer comes from simulated data
 * @param computedNow KPIs computed for the period because their values were missing or stale
 */
public record PeerReport(
        Subject territory,
        String category,
        String categoryLabel,
        Period period,
        String network,
        String methodologyVersion,
        List<Integer> populationMillesimes,
        boolean simulated,
        boolean sameRegion,
        int limit,
        String weightsSource,
        @Nullable Double compositeScore,
        List<Peer> peers,
        List<KpiLine> kpis,
        List<Acceleration> accelerate,
        List<String> computedNow) {

    public PeerReport {
        populationMillesimes = List.copyOf(populationMillesimes);
        peers = List.copyOf(peers);
        kpis = List.copyOf(kpis);
        accelerate = List.copyOf(accelerate);
        computedNow = List.copyOf(computedNow);
    }

    /** The territory benchmarked. */
    public record Subject(
            String code,
            String name,
            @Nullable Long population,
            @Nullable String regionCode) {}

    /**
     * A peer: its distance |ln P − ln P₀| and its composite score within the category.
     */
    public record Peer(
            String code,
            String name,
            long population,
            @Nullable String regionCode,
            double distance,
            @Nullable Double compositeScore,
            boolean simulated) {}

    /** How the territory stands on a KPI among itself and its peers. */
    public enum Verdict {
        STRENGTH,
        WEAKNESS,
        IN_LINE,
        UNDETERMINED
    }

    /**
     * One KPI: the territory's value, the median of the peers having a value, and the territory's
     * percentile (0 worst, 100 best) among itself and those peers.
     *
     * @param weight the KPI's weight in the composite, null when it is not part of it
     */
    public record KpiLine(
            String kpiId,
            String unit,
            BetterDirection better,
            @Nullable Double weight,
            @Nullable Double value,
            @Nullable Double peerMedian,
            int peersWithValue,
            @Nullable Double percentile,
            Verdict verdict) {}

    /**
     * A composite KPI on which the territory is behind its peers' median.
     *
     * @param gapPercent how far behind the median, in % of the median (null when the median is 0)
     * @param scoreIfMedian the territory's composite score if its value were the peer median
     * @param effect scoreIfMedian − composite score, in points (null when either is not scored)
     */
    public record Acceleration(
            String kpiId,
            double value,
            double peerMedian,
            @Nullable Double gapPercent,
            @Nullable Double scoreIfMedian,
            @Nullable Double effect) {}

    public List<KpiLine> strengths() {
        return kpis.stream().filter(k -> k.verdict() == Verdict.STRENGTH).toList();
    }

    public List<KpiLine> weaknesses() {
        return kpis.stream().filter(k -> k.verdict() == Verdict.WEAKNESS).toList();
    }
}
