package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiAndRankCommandsTest {
    private static final String FIXTURE = """
            INSERT INTO category_rule VALUES (1, 'grandes-villes', 'Grandes villes', 'commune', NULL, 100000, NULL);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year) VALUES
              ('G1', 'commune', 'Gamma', 200000, 2022, 2026), ('G2', 'commune', 'Beta', 100000, 2022, 2026),
              ('G3', 'commune', 'Alpha', 400000, 2022, 2026);
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source, simulated) VALUES
              ('instagram:g1', 'G1', 'instagram', 'g1', 'official', 'active', 't', true),
              ('instagram:g2', 'G2', 'instagram', 'g2', 'official', 'active', 't', true),
              ('facebook:g3', 'G3', 'facebook', 'g3', 'official', 'active', 't', true);
            INSERT INTO account_snapshot (account_id, observed_at, followers, source, simulated) VALUES
              ('instagram:g1', '2026-10-10 10:00:00', 300, 't', true),
              ('instagram:g2', '2026-10-10 10:00:00', 200, 't', true),
              ('facebook:g3', '2026-10-10 10:00:00', 200, 't', true);
            """;

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

    @Test
    void computesAPeriodAndShowsATerritoryPerNetwork() {
        assertThat(vigie("kpi", "compute", "--period", "2026-10")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("audience").contains("stored").contains("methodology 1.1");
        assertThat(terminal.err()).contains("computing engagement-rate for 2026-10");
        assertThat(vigie("kpi", "show", "G1", "--period", "2026-10")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("Gamma (G1)")
                .contains("population millésime 2022")
                .contains("SIMULATED DATA")
                .containsPattern("audience +all +300");
    }

    @Test
    void listsTheCatalogueWithDefinitions() {
        assertThat(vigie("kpi", "list")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("engagement-rate")
                .contains("weekly-growth")
                .contains("Divides");
    }

    @Test
    void printsATableWithSharedRanksAndTheSimulatedLabel() {
        assertThat(vigie("rank", "--category", "grandes-villes", "--period", "2026-10"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.err())
                .contains("audience values for 2026-10 were missing or older than the last import: computed them now");
        assertThat(terminal.out())
                .contains("Methodology 1.1")
                .contains("population millésime 2022")
                .contains("period 2026-10")
                .contains("SIMULATED DATA")
                .containsPattern("=2 +G3 +Alpha")
                .containsPattern("=2 +G2 +Beta");
    }

    @Test
    void writesCsvAndJsonWithTheSimulatedFlag() {
        assertThat(vigie("rank", "--category", "grandes-villes", "--period", "2026-10", "--format", "csv"))
                .isEqualTo(ExitCodes.OK);
        String[] lines = terminal.out().split("\n");
        assertThat(lines[0]).startsWith("rank,tied,territory_code").endsWith("population_millesime,simulated");
        assertThat(lines[1]).startsWith("1,false,G1,Gamma,200000,300.0,").endsWith(",1.1,2022,true");
        terminal.clearOut();
        assertThat(vigie(
                        "rank",
                        "--category",
                        "grandes-villes",
                        "--period",
                        "2026-10",
                        "--format",
                        "json",
                        "--limit",
                        "1"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("\"simulated\" : true")
                .contains("\"label\" : \"SIMULATED DATA\"")
                .contains("\"methodology_version\" : \"1.1\"")
                .contains("\"code\" : \"G1\"")
                .doesNotContain("\"code\" : \"G2\"");
    }

    @Test
    void refusesAnUnknownCategoryOrPeriodWithTheAcceptedValues() {
        assertThat(vigie("rank", "--category", "megapoles", "--period", "2026-10"))
                .isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("unknown category 'megapoles': use one of");
        assertThat(vigie("kpi", "compute", "--period", "Q3-2026")).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("2026-W40 (ISO week)");
        assertThat(vigie("kpi", "show", "99999", "--period", "2026-10")).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(terminal.err()).contains("unknown territory code '99999'");
    }

    @Test
    void printsTheCompositeAsJsonWithItsModelAndTheSizeAdjustedAsCsv() {
        assertThat(vigie(
                        "rank",
                        "--category",
                        "grandes-villes",
                        "--period",
                        "2026-10",
                        "--composite",
                        "--format",
                        "json"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("\"methodology_version\" : \"1.1\"")
                .contains("\"view\" : \"composite\"")
                .contains("\"last_snapshot\" : \"2026-10-10T10:00:00Z\"")
                .contains("\"population_millesime\" : [ 2022 ]")
                .contains("\"label\" : \"SIMULATED DATA\"")
                .contains("\"weights_source\" : \"built-in");
        terminal.clearOut();
        assertThat(vigie(
                        "rank",
                        "--category",
                        "grandes-villes",
                        "--period",
                        "2026-10",
                        "--size-adjusted",
                        "--format",
                        "csv"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out().lines().findFirst().orElseThrow())
                .startsWith("rank,tied,territory_code,territory_name,population,size-adjusted,followers")
                .endsWith("methodology_version,population_millesime,first_snapshot,last_snapshot,simulated");
        assertThat(vigie(
                        "rank",
                        "--category",
                        "grandes-villes",
                        "--period",
                        "2026-10",
                        "--composite",
                        "--size-adjusted"))
                .isEqualTo(ExitCodes.USER_ERROR);
    }
}
