package fr.vigie.peers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.peers.PeerReport.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerComparisonTest {
    private static PeerCandidate territory(String code, Double responseTime) {
        return new PeerCandidate(code, code, 1000L, 2022, null, Map.of("response-time", responseTime), false);
    }

    @Test
    void takesTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(PeerComparison.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(PeerComparison.median(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(PeerComparison.median(List.of())).isNull();
    }

    @Test
    void respectsALowerIsBetterKpi() {
        assertThat(PeerComparison.behind(10, 5, BetterDirection.LOWER)).isTrue();
        assertThat(PeerComparison.behind(10, 5, BetterDirection.HIGHER)).isFalse();
        assertThat(PeerComparison.behind(5.0000001, 5, BetterDirection.LOWER)).isFalse(); // equal to 6 decimals
        // the quickest to answer among four is a strength when lower is better
        var line = PeerComparison.line(
                "response-time",
                "hours",
                BetterDirection.LOWER,
                2.0,
                territory("T", 1.0),
                List.of(territory("A", 2.0), territory("B", 3.0), territory("C", 4.0)));
        assertThat(line.percentile()).isEqualTo(100.0);
        assertThat(line.verdict()).isEqualTo(Verdict.STRENGTH);
    }

    @Test
    void givesNoVerdictAmongFewerThanThreeValues() {
        var line = PeerComparison.line(
                "response-time",
                "hours",
                BetterDirection.LOWER,
                2.0,
                territory("T", 9.0),
                List.of(territory("A", 2.0)));
        assertThat(line.percentile()).isEqualTo(0.0);
        assertThat(line.verdict()).isEqualTo(Verdict.UNDETERMINED);
    }
}
