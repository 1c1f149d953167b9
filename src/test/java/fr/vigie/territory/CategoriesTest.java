package fr.vigie.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import fr.vigie.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoriesTest {
    private static final RegistryEdition EDITION = new RegistryEdition(2026, 2023, "test", "test");

    private static Territory commune(String code, @Nullable Long population) {
        return new Territory(
                code,
                TerritoryKind.COMMUNE,
                null,
                "C" + code,
                population,
                2023,
                2026,
                "metro",
                null,
                null,
                null,
                null,
                null,
                List.of());
    }

    private static @Nullable String categoryOf(TerritoryRegistry registry, String code) {
        return registry.category(code).map(CategoryRule::category).orElse(null);
    }

    @Test
    void classifiesCommunesAtTheBoundsOfEachStratum() {
        try (Store store = Store.inMemory()) {
            var registry = new TerritoryRegistry(store);
            registry.replace(new OfficialRegistry(
                    EDITION,
                    List.of(
                            commune("00001", 1_999L),
                            commune("00002", 2_000L),
                            commune("00003", 19_999L),
                            commune("00004", 20_000L),
                            commune("00005", 99_999L),
                            commune("00006", 100_000L),
                            commune("00007", null))));
            assertThat(registry.ensureLoaded()).isFalse();
            assertThat(categoryOf(registry, "00001")).isEqualTo("villages");
            assertThat(categoryOf(registry, "00002")).isEqualTo("petites-villes");
            assertThat(categoryOf(registry, "00003")).isEqualTo("petites-villes");
            assertThat(categoryOf(registry, "00004")).isEqualTo("villes-moyennes");
            assertThat(categoryOf(registry, "00005")).isEqualTo("villes-moyennes");
            assertThat(categoryOf(registry, "00006")).isEqualTo("grandes-villes");
            assertThat(categoryOf(registry, "00007")).isEqualTo("villages");
        }
    }

    @Test
    void builtInFileListsTheTwelveStrataOfTheField() {
        assertThat(Categories.builtIn())
                .extracting(CategoryRule::category)
                .containsExactly(
                        "regions",
                        "departements",
                        "metropoles",
                        "communautes-urbaines",
                        "communautes-agglomeration",
                        "communautes-communes",
                        "ept",
                        "collectivites-outre-mer",
                        "grandes-villes",
                        "villes-moyennes",
                        "petites-villes",
                        "villages");
    }

    @Test
    void anOverrideFileInTheHomeReplacesTheBuiltInRules(@TempDir Path home) throws IOException {
        assertThat(Categories.overrideIn(home)).isNull();
        Files.writeString(home.resolve("categories.csv"), """
                position,category,label,kind,epci_type,min_population,max_population
                1,communes,Toutes les communes,commune,,,
                """);
        try (Store store = Store.inMemory()) {
            new TerritoryRegistry(store)
                    .replace(new OfficialRegistry(EDITION, List.of(commune("00001", 5L), commune("00002", 500_000L))));
            Categories.load(store, Categories.overrideIn(home));
            assertThat(Categories.counts(store))
                    .containsExactly(new CategoryCount("communes", "Toutes les communes", 2));
        }
    }

    @Test
    void namesTheLineAndColumnOfAMistakeInTheFile(@TempDir Path dir) throws IOException {
        String header = "position,category,label,kind,epci_type,min_population,max_population\n";
        assertThatThrownBy(() -> Categories.read(write(dir, header + "1,a,A,commune,,,\n2,b,B,town,,,\n")))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("line 3, column kind: 'town' should be one of");
        assertThatThrownBy(() -> Categories.read(write(dir, header + "1,a,A,commune,,500,100\n")))
                .hasMessageContaining("line 2, column min_population: 500 is above max_population 100");
        assertThatThrownBy(() -> Categories.read(write(dir, header + "1,a,A,commune,,,\n1,b,B,epci,XX,,\n")))
                .hasMessageContaining("column epci_type: 'XX'");
        assertThatThrownBy(() -> Categories.read(write(dir, header + "1,a,A,commune,,,\n1,b,B,epci,,,\n")))
                .hasMessageContaining("position 1 is used twice");
        assertThatThrownBy(() -> Categories.read(write(dir, "position,category\n1,a\n")))
                .hasMessageContaining("missing column 'label'");
    }

    private static Path write(Path dir, String text) throws IOException {
        return Files.writeString(dir.resolve("categories.csv"), text);
    }
}
