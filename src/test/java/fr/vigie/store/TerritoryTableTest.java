package fr.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.store.TerritoryTable.TerritoryRow;
import java.util.List;
import org.junit.jupiter.api.Test;

class TerritoryTableTest {
    private static TerritoryRow commune(String code, String name, List<String> postalCodes, String nameKey) {
        return new TerritoryRow(
                code,
                "commune",
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
                postalCodes,
                nameKey);
    }

    @Test
    void keepsPostalCodesAndTheGivenSearchKey() {
        try (Store store = Store.inMemory()) {
            var table = new TerritoryTable(store);
            TerritoryRow beziers = commune("34032", "Béziers", List.of("34500"), "beziers");
            TerritoryRow none = commune("98411", "Île Saint-Paul", List.of(), "ile saint paul");
            table.replaceAll(List.of(beziers, none));
            assertThat(table.find("34032")).contains(beziers);
            assertThat(table.find("98411")).contains(none);
            assertThat(Jdbc.query(store, "SELECT name_key FROM territory ORDER BY code", row -> row.getString(1)))
                    .containsExactly("beziers", "ile saint paul");
        }
    }

    @Test
    void searchesNamesByTheStoredKey() {
        try (Store store = Store.inMemory()) {
            var table = new TerritoryTable(store);
            table.replaceAll(List.of(commune("34032", "Béziers", List.of("34500"), "beziers")));
            assertThat(table.search("", "bez", "commune", 5))
                    .extracting(TerritoryRow::code)
                    .containsExactly("34032");
            assertThat(table.search("", "bez", "epci", 5)).isEmpty();
            assertThat(table.search("34500", "", null, 5))
                    .extracting(TerritoryRow::code)
                    .containsExactly("34032");
        }
    }

    @Test
    void leavesTheRegistryAsItWasWhenAReplacementFails() {
        try (Store store = Store.inMemory()) {
            var table = new TerritoryTable(store);
            table.replaceAll(List.of(commune("34032", "Béziers", List.of("34500"), "beziers")));
            var duplicated = List.of(commune("1", "A", List.of(), "a"), commune("1", "B", List.of(), "b"));
            assertThatThrownBy(() -> table.replaceAll(duplicated)).isInstanceOf(StoreException.class);
            assertThat(table.count()).isEqualTo(1);
            assertThat(table.find("34032")).isPresent();
        }
    }
}
