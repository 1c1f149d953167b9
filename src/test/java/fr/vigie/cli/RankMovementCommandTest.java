package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.RankingTable;
import fr.vigie.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Movement of the composite, and since a published edition, on {@link RankIntervalsAndMovementCommandTest}'s data. */
class RankMovementCommandTest {
    @TempDir
    Path home;

    private final Terminal terminal = new Terminal();

    @BeforeEach
    void fillStore() {
        HomeStore.fill(home, RankIntervalsAndMovementCommandTest.FIXTURE);
        try (Store store = Store.open(HomeStore.file(home))) {
            // September's engagement-rate palmarès as published under methodology 1.0
            new RankingTable(store)
                    .replace(
                            "2026-09",
                            "1.0",
                            "grandes-villes",
                            "engagement-rate",
                            "all",
                            Instant.parse("2026-01-15T09:00:00Z"),
                            List.of(
                                    new RankingTable.Row("raw", "G3", 1, false, 0.2, false),
                                    new RankingTable.Row("raw", "G1", 2, true, 0.1, false),
                                    new RankingTable.Row("raw", "G5", 2, true, 0.1, false),
                                    new RankingTable.Row("per-capita", "G5", 1, false, 9.0, false)));
        }
    }

    private int rank(String... extra) {
        List<String> args = new ArrayList<>(List.of("rank", "--category", "grandes-villes", "--period", "2026-10"));
        args.addAll(List.of(extra));
        return terminal.atHome(home, args.toArray(String[]::new));
    }

    @Test
    void printsTheMovementOfTheCompositeInTheTable() {
        assertThat(rank("--composite", "--movement")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .containsPattern("1 +G2 +Beta .* 0\\n")
                .containsPattern("2 +G4 +Delta .* new\\n")
                .containsPattern("3 +G1 +Gamma .* 0\\n")
                .containsPattern("- +G5 +Epsilon .* -\\n")
                .contains("Movement since 2026-09 (+ places gained")
                .containsPattern("G5 +Epsilon \\(was 2\\)")
                .doesNotContain("mixes two definitions");
    }

    @Test
    void printsTheMovementOfTheCompositeInJson() {
        assertThat(rank("--composite", "--movement", "--compare-to", "2026-09", "--format", "json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("\"view\" : \"composite\"")
                .contains("\"movement\" : \"new\"")
                .contains("\"compared_to\" : \"2026-09\"")
                .doesNotContain("compared_to_methodology")
                .containsPattern("\"code\" : \"G5\",\\s+\"name\" : \"Epsilon\",\\s+\"rank_then\" : 2");
    }

    @Test
    void comparesWithAPublishedEditionAsStoredAndSaysTheMethodologiesDiffer() {
        assertThat(rank("--kpi", "engagement-rate", "--movement", "--compare-to", "2026-09@1.0"))
                .isEqualTo(ExitCodes.OK);
        // the edition's ranks G3 1, G1 =2, G5 =2 are kept although methodology 1.1 would rank September otherwise
        assertThat(terminal.out())
                .containsPattern("1 +G4 +Delta .* new\\n")
                .containsPattern("3 +G1 +Gamma .* -1\\n")
                .containsPattern("4 +G3 +Alpha .* -3\\n")
                .contains("Movement since edition 2026-09 (methodology 1.0, stored 2026-01-15)")
                .contains("The edition was computed under methodology 1.0, this palmarès under 1.1")
                .containsPattern("G5 +Epsilon \\(was =2\\)");
        terminal.clearOut();
        assertThat(rank("--kpi", "engagement-rate", "--movement", "--compare-to", "2026-09@1.0", "--format", "json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("\"compared_to\" : \"edition 2026-09 (methodology 1.0, stored 2026-01-15)\"")
                .contains("\"compared_to_methodology\" : \"1.0\"")
                .contains("\"compared_to_stored_at\" : \"2026-01-15T09:00:00Z\"")
                .contains("\"compared_to_note\" : \"The edition was computed under methodology 1.0")
                .contains("\"movement\" : \"-3\"");
        terminal.clearOut();
        assertThat(rank("--kpi", "engagement-rate", "--movement", "--compare-to", "2026-09@1.0", "--format", "csv"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("4,false,G3,Alpha,400000,1.095,-3,grandes-villes");
        assertThat(terminal.err())
                .contains("mixes two definitions")
                .contains("exit: G5 Epsilon (rank =2 in edition 2026-09 (methodology 1.0, stored 2026-01-15))");
    }

    @Test
    void listsTheStoredEditionsWhenTheOneAskedForIsMissing() {
        assertThat(rank("--kpi", "engagement-rate", "--movement", "--compare-to", "2025@1.0"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err())
                .contains("no edition 2025@1.0 stored for the palmarès of grandes-villes on engagement-rate")
                .contains("stored: 2026-10@1.1, 2026-09@1.0");
        terminal.clearErr();
        assertThat(rank("--composite", "--movement", "--compare-to", "2025@1.0"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("on composite").contains("stored: 2026-10@1.1 (use one of them");
    }
}
