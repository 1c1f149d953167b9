package fr.vigie.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.store.Store;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The registry shipped in the jar, loaded once into an in-memory store for every test here. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedRegistryTest {
    private Store store;
    private TerritoryRegistry registry;
    private OfficialRegistry shipped;

    @BeforeAll
    void load() {
        store = Store.inMemory();
        registry = new TerritoryRegistry(store);
        assertThat(registry.ensureLoaded()).isTrue();
        shipped = RegistryFile.shipped();
    }

    @AfterAll
    void close() {
        store.close();
    }

    @Test
    void holdsEveryTerritoryOfTheCog2026() {
        assertThat(registry.counts())
                .containsEntry(TerritoryKind.COMMUNE, 34_969L)
                .containsEntry(TerritoryKind.EPCI, 1_255L)
                .containsEntry(TerritoryKind.EPT, 11L)
                .containsEntry(TerritoryKind.DEPARTEMENT, 101L)
                .containsEntry(TerritoryKind.REGION, 18L)
                .containsEntry(TerritoryKind.COM, 8L);
        assertThat(shipped.edition().cogYear()).isEqualTo(2026);
        assertThat(shipped.edition().populationMillesime()).isEqualTo(2023);
    }

    @Test
    void countsEpciPerType() {
        Map<String, Long> perType = shipped.territories().stream()
                .filter(t -> t.kind() == TerritoryKind.EPCI)
                .collect(Collectors.groupingBy(Territory::epciType, Collectors.counting()));
        assertThat(perType).containsExactlyInAnyOrderEntriesOf(Map.of("CC", 989L, "CA", 230L, "CU", 14L, "MET", 22L));
        assertThat(Categories.counts(store))
                .contains(new CategoryCount("metropoles", "Métropoles", 22))
                .contains(new CategoryCount("communautes-communes", "Communautés de communes", 989));
    }

    @Test
    void givesEveryTerritoryExactlyOneCategory() {
        assertThat(Categories.uncategorised(store)).isZero();
        long categorised = Categories.counts(store).stream()
                .mapToLong(CategoryCount::territories)
                .sum();
        assertThat(categorised).isEqualTo(36_362L);
    }

    @Test
    void findsANameWithoutItsAccent() {
        assertThat(registry.search("beziers", 5).getFirst().name()).isEqualTo("Béziers");
        assertThat(registry.search("SAINT etienne", 1).getFirst().code()).isEqualTo("42218");
    }

    @Test
    void putsExactNamesBeforePrefixesAndLargerPopulationsFirst() {
        List<Territory> found = registry.search("lyon", 3);
        assertThat(found.getFirst().code()).isEqualTo("69123");
        assertThat(registry.search("lyon", TerritoryKind.EPCI, 1).getFirst().name())
                .isEqualTo("Métropole de Lyon");
    }

    @Test
    void findsACommuneByPostalCodeOrSiren() {
        assertThat(registry.search("13001", 5).getFirst().name()).isEqualTo("Marseille");
        assertThat(registry.search("211300553", 5).getFirst().code()).isEqualTo("13055");
        assertThat(registry.search("200054807", 5).getFirst().name()).isEqualTo("Métropole d'Aix-Marseille-Provence");
    }

    @Test
    void findsADepartementOrRegionByItsBareInseeCode() {
        assertThat(registry.search("93", 5).subList(0, 2))
                .extracting(Territory::code)
                .containsExactlyInAnyOrder("DEP-93", "REG-93");
        assertThat(registry.resolve("13").code()).isEqualTo("DEP-13");
        assertThat(registry.resolve(" reg-93 ").name()).isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThatThrownBy(() -> registry.resolve("93"))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("DEP-93")
                .hasMessageContaining("REG-93");
        assertThatThrownBy(() -> registry.resolve("00000")).hasMessageContaining("vigie territories search");
    }

    @Test
    void matchesNamesTheWaySearchKeyNormalisesThem() {
        List<Territory> all = shipped.territories();
        for (int i = 0; i < all.size(); i += 4_999) {
            Territory t = all.get(i);
            assertThat(registry.search(t.name(), t.kind(), 50)).as(t.name()).contains(t);
        }
    }

    @Test
    void giveDepartementsTheSumOfTheirCommunesPopulations() {
        for (String code : List.of("DEP-34", "DEP-2A", "DEP-976")) {
            Territory departement = registry.find(code).orElseThrow();
            long sum = registry.children(code, TerritoryKind.COMMUNE).stream()
                    .mapToLong(t -> t.population() == null ? 0 : t.population())
                    .sum();
            assertThat(departement.population()).as(code).isEqualTo(sum);
        }
    }

    @Test
    void givesTheParentsOfACommuneInOrder() {
        Territory marseille = registry.find("13055").orElseThrow();
        assertThat(registry.parents(marseille))
                .extracting(Territory::code)
                .containsExactly("200054807", "DEP-13", "REG-93");
        TerritoryCard card = registry.card("13055");
        assertThat(card.category().category()).isEqualTo("grandes-villes");
        assertThat(card.communes()).isZero();
        assertThat(registry.card("200054807").communes()).isEqualTo(92);
    }

    @Test
    void loadsTheShippedRegistryOnlyIntoAnEmptyStore() {
        assertThat(registry.ensureLoaded()).isFalse();
        assertThat(registry.counts().get(TerritoryKind.COMMUNE)).isEqualTo(34_969L);
    }
}
