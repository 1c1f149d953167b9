package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeersCommandTest {
    /** Four régions with an Instagram account each; Corse's posted nothing in October. */
    private static final String FIXTURE = """
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year) VALUES
              ('REG-11', 'region', 'Île-de-France', 12000000, 2022, 2026),
              ('REG-84', 'region', 'Auvergne-Rhône-Alpes', 8000000, 2022, 2026),
              ('REG-93', 'region', 'Provence-Alpes-Côte d''Azur', 5000000, 2022, 2026),
              ('REG-94', 'region', 'Corse', 350000, 2022, 2026);
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source, simulated) VALUES
              ('instagram:r11', 'REG-11', 'instagram', 'r11', 'official', 'active', 't', true),
              ('instagram:r84', 'REG-84', 'instagram', 'r84', 'official', 'active', 't', true),
              ('instagram:r93', 'REG-93', 'instagram', 'r93', 'official', 'active', 't', true),
              ('instagram:r94', 'REG-94', 'instagram', 'r94', 'official', 'active', 't', true);
            INSERT INTO account_snapshot (account_id, observed_at, followers, source, simulated) VALUES
              ('instagram:r11', '2026-10-10 10:00:00', 9000, 't', true),
              ('instagram:r84', '2026-10-10 10:00:00', 4000, 't', true),
              ('instagram:r93', '2026-10-10 10:00:00', 1000, 't', true),
              ('instagram:r94', '2026-10-10 10:00:00', 700, 't', true);
            INSERT INTO post (network, post_id, account_id, published_at, type, source, simulated) VALUES
              ('instagram', 'p1', 'instagram:r11', '2026-10-11 10:00:00', 'photo', 't', true),
              ('instagram', 'p2', 'instagram:r84', '2026-10-11 10:00:00', 'photo', 't', true),
              ('instagram', 'p3', 'instagram:r93', '2026-10-11 10:00:00', 'photo', 't', true);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source, simulated) VALUES
              ('instagram', 'p1', '2026-10-12 10:00:00', 90, 't', true),
              ('instagram', 'p2', '2026-10-12 10:00:00', 80, 't', true),
              ('instagram', 'p3', '2026-10-12 10:00:00', 5, 't', true);
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
    void printsThePeersTheKpiTableAndWhatToAccelerate() {
        assertThat(vigie("peers", "REG-93", "--period", "2026-10")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.err()).contains("computed them now");
        assertThat(terminal.out())
                .contains("Peers of Provence-Alpes-Côte d'Azur (REG-93)")
                .contains("Methodology 1.1")
                .contains("SIMULATED DATA")
                .containsPattern("REG-84 +Auvergne")
                .containsPattern("engagement-rate .* weakness")
                .contains("Accelerate first")
                .containsPattern("(?s)Accelerate first.*engagement-rate");
        // the nearest population first: Auvergne-Rhône-Alpes (ln 1.6), then Île-de-France (ln 2.4), Corse last
        String text = terminal.out();
        assertThat(text.indexOf("REG-84")).isLessThan(text.indexOf("REG-11"));
        assertThat(text.indexOf("REG-11")).isLessThan(text.indexOf("REG-94"));
    }

    @Test
    void writesJsonWithVersionPeriodMillesimeAndTheSimulatedLabel() throws Exception {
        assertThat(vigie("peers", "REG-93", "--period", "2026-10", "--limit", "2", "--format", "json"))
                .isEqualTo(ExitCodes.OK);
        JsonNode json = new ObjectMapper().readTree(terminal.out());
        assertThat(json.get("methodology_version").asText()).isEqualTo("1.1");
        assertThat(json.get("period").asText()).isEqualTo("2026-10");
        assertThat(json.get("population_millesime").get(0).asInt()).isEqualTo(2022);
        assertThat(json.get("label").asText()).isEqualTo("SIMULATED DATA");
        assertThat(json.get("territory").get("category").asText()).isEqualTo("regions");
        assertThat(json.get("peers")).hasSize(2);
        assertThat(json.get("kpis").get(0).get("kpi").asText()).isEqualTo("engagement-rate");
        assertThat(json.get("accelerate").get(0).has("effect_points")).isTrue();
    }

    @Test
    void refusesAnUnknownTerritoryAndAnUnknownFormat() {
        assertThat(vigie("peers", "REG-99", "--period", "2026-10")).isNotEqualTo(ExitCodes.OK);
        assertThat(terminal.err()).contains("REG-99");
        assertThat(vigie("peers", "REG-93", "--period", "2026-10", "--format", "csv"))
                .isNotEqualTo(ExitCodes.OK);
        assertThat(terminal.err()).contains("table, json");
    }

    @Test
    void explainsItselfWithExamples() {
        assertThat(vigie("peers", "--help")).isEqualTo(ExitCodes.OK);
        assertThat(terminal.out())
                .contains("--same-region")
                .contains("Examples:")
                .contains("vigie peers");
    }
}
