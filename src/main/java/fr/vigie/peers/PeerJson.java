package fr.vigie.peers;

import fr.vigie.peers.PeerReport.Acceleration;
import fr.vigie.peers.PeerReport.KpiLine;
import fr.vigie.peers.PeerReport.Peer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON tree of a peer benchmark: snake_case keys, the KPI ids as everywhere else. */
final class PeerJson {
    private PeerJson() {}

    static Map<String, @Nullable Object> of(PeerReport r, String simulatedLabel) {
        Map<String, @Nullable Object> root = new LinkedHashMap<>();
        root.put("methodology_version", r.methodologyVersion());
        root.put("period", r.period().label());
        root.put("network", r.network());
        root.put("population_millesime", r.populationMillesimes());
        root.put("simulated", r.simulated());
        if (r.simulated()) {
            root.put("label", simulatedLabel);
        }
        root.put("computed_now", r.computedNow());
        root.put("weights_source", r.weightsSource());
        Map<String, @Nullable Object> territory = new LinkedHashMap<>();
        territory.put("code", r.territory().code());
        territory.put("name", r.territory().name());
        territory.put("population", r.territory().population());
        territory.put("region_code", r.territory().regionCode());
        territory.put("category", r.category());
        territory.put("category_label", r.categoryLabel());
        territory.put("composite_score", r.compositeScore());
        root.put("territory", territory);
        root.put("peer_rule", Map.of("same_region", r.sameRegion(), "limit", r.limit()));
        root.put("peers", r.peers().stream().map(PeerJson::peer).toList());
        root.put("kpis", r.kpis().stream().map(PeerJson::kpi).toList());
        root.put("strengths", r.strengths().stream().map(KpiLine::kpiId).toList());
        root.put("weaknesses", r.weaknesses().stream().map(KpiLine::kpiId).toList());
        root.put(
                "accelerate",
                r.accelerate().stream().map(PeerJson::acceleration).toList());
        return root;
    }

    private static Map<String, @Nullable Object> peer(Peer p) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("code", p.code());
        row.put("name", p.name());
        row.put("population", p.population());
        row.put("region_code", p.regionCode());
        row.put("distance", p.distance());
        row.put("composite_score", p.compositeScore());
        row.put("simulated", p.simulated());
        return row;
    }

    private static Map<String, @Nullable Object> kpi(KpiLine k) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("kpi", k.kpiId());
        row.put("unit", k.unit());
        row.put("better", PeerReportWriter.id(k.better()));
        row.put("weight", k.weight());
        row.put("value", k.value());
        row.put("peer_median", k.peerMedian());
        row.put("peers_with_value", k.peersWithValue());
        row.put("percentile", k.percentile());
        row.put("verdict", PeerReportWriter.id(k.verdict()));
        return row;
    }

    private static Map<String, @Nullable Object> acceleration(Acceleration a) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        row.put("kpi", a.kpiId());
        row.put("value", a.value());
        row.put("peer_median", a.peerMedian());
        row.put("gap_percent", a.gapPercent());
        row.put("score_if_median", a.scoreIfMedian());
        row.put("effect_points", a.effect());
        return row;
    }
}
