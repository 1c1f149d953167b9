package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.ranking.CompositeWeights.Weight;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CompositeScoreTest {
    private static final List<Weight> WEIGHTS = List.of(
            new Weight("engagement-rate", 5, BetterDirection.HIGHER),
            new Weight("audience", 2, BetterDirection.HIGHER),
            new Weight("response-time", 3, BetterDirection.LOWER),
            new Weight("followers-per-following", 1, BetterDirection.HIGHER));

    private static Map<String, List<@Nullable Double>> values() {
        Map<String, List<@Nullable Double>> values = new LinkedHashMap<>();
        values.put("engagement-rate", Arrays.asList(1.0, 2.0, 3.0));
        values.put("audience", Arrays.asList(300.0, 100.0, 200.0));
        values.put("response-time", Arrays.asList(5.0, null, 1.0)); // territory 2: no comment answered
        values.put("followers-per-following", Arrays.asList(null, null, null)); // not in the store
        return values;
    }

    @Test
    void sharesOutTheWeightOfAMissingValueAndLeavesOutAKpiAbsentFromTheCategory() {
        var result = CompositeScore.score(WEIGHTS, values(), 3);
        assertThat(result.inPlay())
                .extracting(Weight::kpiId)
                .containsExactly("engagement-rate", "audience", "response-time");
        // territory 1: engagement 0, audience 100, response 0 → (0×5 + 100×2 + 0×3) / 10 = 20
        assertThat(result.score().get(0)).isCloseTo(20.0, within(1e-9));
        // territory 2: engagement 50, audience 0, no response time → (50×5 + 0×2) / 7
        assertThat(result.score().get(1)).isCloseTo(250.0 / 7, within(1e-9));
        assertThat(result.coverage().get(1)).isCloseTo(0.7, within(1e-9));
        // territory 3: 100, 50, 100 → (500 + 100 + 300) / 10 = 90
        assertThat(result.score().get(2)).isCloseTo(90.0, within(1e-9));
    }

    @Test
    void doesNotScoreATerritoryWhoseValuesCarryLessThanHalfTheWeight() {
        Map<String, List<@Nullable Double>> values = values();
        values.put("engagement-rate", Arrays.asList(1.0, null, 3.0));
        var result = CompositeScore.score(WEIGHTS, values, 3);
        assertThat(result.coverage().get(1)).isCloseTo(0.2, within(1e-9));
        assertThat(result.score().get(1)).isNull();
        assertThat(CompositeScore.score(WEIGHTS, Map.of(), 2).score()).containsExactly(null, null);
    }

    @Test
    void scoresStayBetweenZeroAndHundred() {
        var result = CompositeScore.score(WEIGHTS, values(), 3);
        assertThat(result.score()).allSatisfy(s -> assertThat(s).isBetween(0.0, 100.0));
    }
}
