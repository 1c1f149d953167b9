package fr.vigie.peers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.vigie.peers.PeerReport.Acceleration;
import fr.vigie.peers.PeerReport.KpiLine;
import fr.vigie.peers.PeerReport.Peer;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a peer benchmark as a table or JSON. Both state the methodology version, period, network,
 * population millésime and weights, and label simulated data.
 */
public final class PeerReportWriter {
    /** The label of figures computed from simulated data, as the palmarès prints it. */
    public static final String SIMULATED_LABEL = "SIMULATED DATA";

    private PeerReportWriter() {}

    public static void write(PeerReport report, PeerFormat format, PrintWriter out) {
        switch (format) {
            case TABLE -> table(report, out);
            case JSON -> json(report, out);
        }
        out.flush();
    }

    private static void table(PeerReport r, PrintWriter out) {
        out.printf(
                "Peers of %s (%s) · %s (%s) · network %s · period %s%n",
                r.territory().name(),
                r.territory().code(),
                r.categoryLabel(),
                r.category(),
                r.network(),
                r.period().label());
        out.printf(
                "Methodology %s · population millésime %s · weights %s%s%n",
                r.methodologyVersion(),
                r.populationMillesimes().isEmpty()
                        ? "unknown"
                        : r.populationMillesimes().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                r.weightsSource(),
                r.simulated() ? " · " + SIMULATED_LABEL + " (not real figures)" : "");
        out.printf(
                "Composite score within the category: %s · population %s%n",
                number(r.compositeScore()),
                number(
                        r.territory().population() == null
                                ? null
                                : (double) r.territory().population()));
        out.printf(
                "%nPeers: %d nearest by population (|ln P − ln P₀|) in the category%s%n",
                r.peers().size(),
                r.sameRegion() ? ", same région " + r.territory().regionCode() : "");
        out.printf("  %-10s %-32s %12s %9s %10s%n", "code", "territory", "population", "distance", "composite");
        for (Peer p : r.peers()) {
            out.printf(
                    "  %-10s %-32s %12s %9.4f %10s%n",
                    p.code(),
                    abbreviate(p.name(), 32),
                    number((double) p.population()),
                    p.distance(),
                    number(p.compositeScore()));
        }
        out.printf("%nKPIs (percentile among the territory and its peers: 0 worst, 100 best)%n");
        out.printf(
                "  %-26s %6s %14s %14s %5s %10s  %s%n",
                "kpi", "weight", "value", "peer median", "peers", "percentile", "verdict");
        for (KpiLine k : r.kpis()) {
            out.printf(
                    "  %-26s %6s %14s %14s %5d %10s  %s%n",
                    k.kpiId(),
                    number(k.weight()),
                    number(k.value()),
                    number(k.peerMedian()),
                    k.peersWithValue(),
                    number(k.percentile()),
                    id(k.verdict()));
        }
        out.printf("%nStrengths (percentile ≥ 75): %s%n", verdicts(r.strengths()));
        out.printf("Weaknesses (percentile ≤ 25): %s%n", verdicts(r.weaknesses()));
        out.printf("%nAccelerate first (composite score if the KPI reached the peer median, others held):%n");
        if (r.accelerate().isEmpty()) {
            out.println("  nothing: the territory is at or above its peers' median on every composite KPI it has");
        } else {
            out.printf(
                    "  %-26s %14s %14s %8s %10s %8s%n", "kpi", "value", "peer median", "gap %", "score if", "effect");
            for (Acceleration a : r.accelerate()) {
                out.printf(
                        "  %-26s %14s %14s %8s %10s %8s%n",
                        a.kpiId(),
                        number(a.value()),
                        number(a.peerMedian()),
                        number(a.gapPercent()),
                        number(a.scoreIfMedian()),
                        a.effect() == null ? "-" : String.format(Locale.ROOT, "%+.2f", a.effect()));
            }
        }
    }

    private static void json(PeerReport r, PrintWriter out) {
        try {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(PeerJson.of(r, SIMULATED_LABEL)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the peer benchmark as JSON", e);
        }
    }

    private static String verdicts(List<KpiLine> lines) {
        return lines.isEmpty()
                ? "none"
                : lines.stream()
                        .map(k -> k.kpiId() + " (" + number(k.percentile()) + ")")
                        .collect(Collectors.joining(", "));
    }

    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whole numbers with thousands separators, others with 2 decimals (4 below 1); "-" for none. */
    static String number(@Nullable Double value) {
        if (value == null) {
            return "-";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 1 ? "%,.2f" : "%.4f", value);
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
