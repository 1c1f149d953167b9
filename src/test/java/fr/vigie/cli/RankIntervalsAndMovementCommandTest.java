package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.ranking.UncertaintyFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RankIntervalsAndMovementCommandTest {
    /** October engagement: G4 50 %, G2 and G1 about 9 % (20 posts each), G3 1.1 %; September: G2, G5, G1. */
    static final String FIXTURE = UncertaintyFixture.SQL;

    @TempDir
    Path home;

    private final Terminal terminal = new Terminal();

    @BeforeEach
    void fillStore() {
        HomeStore.fill(home, FIXTURE);
    }

    private int vigie(String... args) {
        return terminal.atHome(home, args);
    }

    private int rank(String... extra) {
        List<String> args = new ArrayList<>(
                List.of("rank", "--category", "grandes-villes", "--period", "2026-10", "--kpi", "engagement-rate"));
        args.addAll(List.of(extra));
        return vigie(args.toArray(String[]::new));
    }

    @Test
    void printsIntervalsMovementAndExitsInTheTable() {
        assertThat(rank("--intervals", "--movement")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .containsPattern("1 +G4 .* 1 +new")
                .containsPattern("2 +G2 .* 2-3 +3 +-1")
                .containsPattern("3 +G1 .* 2-3 +2 +0")
                .contains("1000 bootstrap resamples of the posts (seed 2026)")
                .contains("Movement since 2026-09")
                .containsPattern("G5 +Epsilon \\(was 2\\)");
    }

    @Test
    void addsRankLowAndHighToCsvAndJsonReproducibly() {
        assertThat(rank("--intervals", "--resamples", "300", "--seed", "9", "--format", "csv"))
                .isEqualTo(ExitCodes.OK);
        String csv = terminal.out();
        assertThat(csv.lines().findFirst().orElseThrow())
                .contains("rank,tied,territory_code,territory_name,population,engagement-rate,rank_low,rank_high,"
                        + "indistinguishable_from,category");
        assertThat(csv).contains(",2,3,3,grandes-villes");
        terminal.clearOut();
        assertThat(rank("--intervals", "--resamples", "300", "--seed", "9", "--format", "csv"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).isEqualTo(csv);
        terminal.clearOut();
        assertThat(rank("--intervals", "--movement", "--compare-to", "2026-09", "--format", "json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("\"rank_low\" : 2")
                .contains("\"rank_high\" : 3")
                .contains("\"method\" : \"posts\"")
                .contains("\"movement\" : \"new\"")
                .contains("\"compared_to\" : \"2026-09\"")
                .contains("\"rank_then\" : 2");
    }

    @Test
    void saysThatASnapshotKpiHasNothingToResample() {
        assertThat(vigie("rank", "--category", "grandes-villes", "--period", "2026-10", "--intervals"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("nothing to resample (values from follower snapshots): interval = rank");
    }

    @Test
    void refusesCompareToWithoutMovement() {
        assertThat(rank("--compare-to", "2026-09")).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("--compare-to goes with --movement");
    }

    @Test
    void addsIntervalsToTheCompositeAndSizeAdjustedPalmares() {
        assertThat(vigie(
                        "rank",
                        "--category",
                        "grandes-villes",
                        "--period",
                        "2026-10",
                        "--composite",
                        "--intervals",
                        "--resamples",
                        "200",
                        "--movement",
                        "--format",
                        "json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("\"view\" : \"composite\"")
                .contains("\"rank_low\" : 1")
                .contains("\"method\" : \"posts and days\"")
                .contains("\"resamples\" : 200")
                .contains("\"movement\" : \"new\"")
                .contains("\"compared_to\" : \"2026-09\"");
        terminal.clearOut();
        assertThat(vigie(
                        "rank",
                        "--category",
                        "grandes-villes",
                        "--period",
                        "2026-10",
                        "--size-adjusted",
                        "--intervals"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("same as ranks")
                .contains("bootstrap resamples of the territories of the fit (seed 2026)");
    }
}
