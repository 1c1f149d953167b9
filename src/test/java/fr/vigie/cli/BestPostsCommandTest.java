package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BestPostsCommandTest {
    private static final String FIXTURE = """
            INSERT INTO category_rule VALUES (1, 'grandes-villes', 'Grandes villes', 'commune', NULL, 100000, NULL);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year)
              VALUES ('G1', 'commune', 'Gamma', 200000, 2022, 2026);
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source, simulated)
              VALUES ('instagram:g1', 'G1', 'instagram', 'g1', 'official', 'active', 't', true);
            INSERT INTO post (network, post_id, account_id, published_at, type, url, source, simulated)
              SELECT 'instagram', 'p' || i, 'instagram:g1', TIMESTAMP '2026-10-01 10:00:00' + INTERVAL (i) DAY, 'photo',
                     'https://instagram.test/p' || i, 't', true FROM range(1, 8) r(i);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source, simulated)
              SELECT 'instagram', 'p' || i, TIMESTAMP '2026-10-02 10:00:00' + INTERVAL (i) DAY,
                     CASE WHEN i = 7 THEN 500 ELSE 10 END, 't', true FROM range(1, 8) r(i);
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
    void listsTheBestPostOfTheCategoryWithTheSimulatedLabel() {
        assertThat(vigie("best-posts", "--period", "2026-10", "--category", "grandes-villes"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("Methodology 1.1")
                .contains("SIMULATED DATA")
                .containsPattern("1 +50\\.00 +500 .*https://instagram.test/p7");
    }

    @Test
    void refusesAnUnknownCategory() {
        assertThat(vigie("best-posts", "--period", "2026-10", "--category", "big-cities"))
                .isNotEqualTo(ExitCodes.OK);
        assertThat(terminal.err()).contains("grandes-villes");
    }

    @Test
    void recomputesAnOlderMethodologyUnderItsOwnLabel() {
        assertThat(vigie("kpi", "compute", "--period", "2026-10", "--methodology", "1.0"))
                .isEqualTo(ExitCodes.OK);
        assertThat(terminal.out()).contains("methodology 1.0").doesNotContain("response-time");
    }
}
