package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryTableTest {
    private static Territory commune(String code, String name, List<String> postalCodes) {
        return new Territory(
                code,
                TerritoryKind.COMMUNE,
                null,
                name,
                10L,
                2023,
                2026,
                "metro",
                null,
                null,
                "DEP-34",
                "REG-76",
                null,
                postalCodes);
    }

    @Test
    void keepsPostalCodesAndTheSearchKeyOfTheName() {
        try (Store store = Store.inMemory()) {
            var table = new TerritoryTable(store);
            Territory beziers = commune("34032", "Béziers", List.of("34500"));
            Territory none = commune("98411", "Île Saint-Paul", List.of());
            table.replaceAll(List.of(beziers, none));
            assertThat(table.find("34032")).contains(beziers);
            assertThat(table.find("98411")).contains(none);
            assertThat(Jdbc.query(store, "SELECT name_key FROM territory ORDER BY code", row -> row.getString(1)))
                    .containsExactly("beziers", "ile saint paul");
        }
    }

    @Test
    void leavesTheRegistryAsItWasWhenAReplacementFails() {
        try (Store store = Store.inMemory()) {
            var table = new TerritoryTable(store);
            table.replaceAll(List.of(commune("34032", "Béziers", List.of("34500"))));
            var duplicated = List.of(commune("1", "A", List.of()), commune("1", "B", List.of()));
            assertThatThrownBy(() -> table.replaceAll(duplicated)).isInstanceOf(StoreException.class);
            assertThat(table.count()).isEqualTo(1);
            assertThat(table.find("34032")).isPresent();
        }
    }
}
