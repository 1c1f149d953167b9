package fr.vigie.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.store.StoreException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerritoryRowsTest {
    private static final Territory BEZIERS = new Territory(
            "34032",
            TerritoryKind.COMMUNE,
            null,
            "Béziers",
            80_000L,
            2023,
            2026,
            "metro",
            "200066355",
            null,
            "DEP-34",
            "REG-76",
            "213400328",
            List.of("34500"));

    @Test
    void givesEachTerritoryRowTheSearchKeyOfItsName() {
        var row = TerritoryRows.row(BEZIERS);
        assertThat(row.kind()).isEqualTo("commune");
        assertThat(row.nameKey()).isEqualTo(SearchKey.of("Béziers")).isEqualTo("beziers");
        assertThat(TerritoryRows.territory(row)).isEqualTo(BEZIERS);
    }

    @Test
    void mapsCategoryRulesBothWays() {
        var rule = new CategoryRule(3, "metropoles", "Métropoles", TerritoryKind.EPCI, "MET", null, 10L);
        assertThat(TerritoryRows.row(rule).kind()).isEqualTo("epci");
        assertThat(TerritoryRows.rule(TerritoryRows.row(rule))).isEqualTo(rule);
    }

    @Test
    void countsEveryKindAndRejectsAKindItDoesNotKnow() {
        assertThat(TerritoryRows.countsByKind(Map.of("epci", 2L)))
                .containsEntry(TerritoryKind.EPCI, 2L)
                .containsEntry(TerritoryKind.COMMUNE, 0L)
                .hasSize(TerritoryKind.values().length);
        assertThatThrownBy(() -> TerritoryRows.countsByKind(Map.of("canton", 1L)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("unknown territory kind in the store: canton");
    }
}
