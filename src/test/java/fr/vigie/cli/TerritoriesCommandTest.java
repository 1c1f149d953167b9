package fr.vigie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.cli.Terminal.Run;
import fr.vigie.territory.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerritoriesCommandTest {
    @TempDir
    Path home;

    private Run vigie(String... args) {
        return Terminal.once(home, args);
    }

    @Test
    void searchesTheShippedRegistryLoadedOnFirstUse() {
        Run run = vigie("territories", "search", "beziers", "--limit", "3");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("loaded the official registry");
        assertThat(run.out()).contains("34032").contains("Béziers").contains("DEP-34");
        Run postal = vigie("territories", "search", "13001", "--kind", "commune");
        assertThat(postal.out()).contains("13055").contains("Marseille");
        assertThat(postal.err()).doesNotContain("loaded the official registry");
    }

    @Test
    void showsATerritoryWithItsCategoryPopulationParentsAndCommunes() {
        Run run = vigie("territories", "show", "200054807");
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("Métropole d'Aix-Marseille-Provence (epci MET 200054807)")
                .contains("metropoles — Métropoles")
                .contains("millésime 2023")
                .contains("DEP-13 departement Bouches-du-Rhône")
                .contains("REG-93 region Provence-Alpes-Côte d'Azur")
                .contains("communes:     92")
                .contains("none registered");
    }

    @Test
    void saysWhatToDoWithAnUnknownOrAmbiguousCode() {
        Run unknown = vigie("territories", "show", "99999");
        assertThat(unknown.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(unknown.err()).contains("no territory has code '99999'");
        Run ambiguous = vigie("territories", "show", "93");
        assertThat(ambiguous.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(ambiguous.err()).contains("ambiguous").contains("DEP-93").contains("REG-93");
        assertThat(vigie("territories", "search", "x", "--kind", "town").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void listsTheCategoriesWithTheirCountsFromTheOverrideFileWhenPresent() throws IOException {
        Run builtIn = vigie("territories", "categories");
        assertThat(builtIn.code()).as(builtIn.err()).isEqualTo(ExitCodes.OK);
        assertThat(builtIn.out()).contains("built-in").containsPattern("metropoles\\s+22\\s+Métropoles");
        Files.writeString(home.resolve("categories.csv"), """
                position,category,label,kind,epci_type,min_population,max_population
                1,intercommunalites,Intercommunalités,epci,,,
                """);
        Run custom = vigie("territories", "categories");
        assertThat(custom.out()).containsPattern("intercommunalites\\s+1,255").contains("(none)");
    }

    @Test
    void importsTheOfficialDataFolderAndWritesTheCompactRegistry() {
        Path registry = home.resolve("out/registry-test.csv.gz");
        Run run = vigie(
                "territories", "import", Fixtures.etalabMini().toString(), "--write-registry", registry.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains("Imported 24 territories").containsPattern("commune\\s+11");
        assertThat(registry).exists();
        assertThat(home.resolve("out/registry-test.properties")).content().contains("cog_year=2026");
        Run show = vigie("territories", "show", "200040442");
        assertThat(show.out()).contains("DEP-84 departement Vaucluse").contains("communes:     4");
    }

    @Test
    void refusesAMalformedFolderNamingTheEntry() throws IOException {
        Path data = Fixtures.etalabMiniWith(home.resolve("bad"), "epci.json", """
                [{"code": "200054807", "type": "METRO", "membres": []}]
                """);
        Run run = vigie("territories", "import", data.toString());
        assertThat(run.code()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("epci.json entry 1 (code 200054807): field 'nom'");
    }

    @Test
    void describesItselfWithExamples() {
        Run run = vigie("territories", "--help");
        assertThat(run.code()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .contains("search")
                .contains("show")
                .contains("categories")
                .contains("import")
                .contains("Examples:");
    }
}
