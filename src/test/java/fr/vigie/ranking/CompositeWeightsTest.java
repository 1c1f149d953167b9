package fr.vigie.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.ranking.CompositeWeights.Weight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompositeWeightsTest {
    @TempDir
    Path home;

    @Test
    void publishesTheReferenceWeightsExtended() {
        var weights = CompositeWeights.load(home);
        assertThat(weights.source()).contains("built-in");
        assertThat(weights.weights())
                .extracting(w -> w.kpiId() + "=" + PalmaresOutput.number(w.weight()))
                .containsExactly(
                        "engagement-rate=5",
                        "audience-per-1000=4",
                        "posts-per-day=3",
                        "audience=2",
                        "followers-per-following=1",
                        "presence-breadth=2",
                        "response-time=2",
                        "participation-per-1000=1");
        assertThat(weights.weights())
                .filteredOn(w -> w.kpiId().equals("response-time"))
                .extracting(Weight::better)
                .containsExactly(BetterDirection.LOWER);
    }

    @Test
    void readsTheOverrideFileOfTheHome() throws IOException {
        Files.writeString(home.resolve("weights.csv"), """
                # mine
                kpi_id,weight,better
                audience,1,
                engagement-rate,0.5,
                video-share,0,higher
                """);
        var weights = CompositeWeights.load(home);
        assertThat(weights.source()).endsWith("weights.csv");
        assertThat(weights.kpiIds()).containsExactly("audience", "engagement-rate");
    }

    @Test
    void namesLineAndFieldOfAMistake() throws IOException {
        Files.writeString(home.resolve("weights.csv"), "kpi_id,weight,better\naudience,1,\nengagement-rate,lots,\n");
        assertThatThrownBy(() -> CompositeWeights.load(home))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("weights.csv, line 3, field weight")
                .hasMessageContaining("'lots'");
        Files.writeString(home.resolve("weights.csv"), "kpi_id,weight,better\nsomething-new,1,\n");
        assertThatThrownBy(() -> CompositeWeights.load(home)).hasMessageContaining("write higher or lower");
        Files.writeString(home.resolve("weights.csv"), "kpi_id,weight,better\ninhabitants-per-follower,1,higher\n");
        assertThatThrownBy(() -> CompositeWeights.load(home)).hasMessageContaining("the catalogue says lower");
        Files.writeString(home.resolve("weights.csv"), "kpi_id,weight\naudience,0\n");
        assertThatThrownBy(() -> CompositeWeights.load(home)).hasMessageContaining("no KPI has a positive weight");
    }
}
