package fr.vigie.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.VigieException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficialDataTest {
    private final OfficialRegistry registry = OfficialData.read(Fixtures.etalabMini(), 2026, 2023);
    private final Map<String, Territory> byCode =
            registry.territories().stream().collect(Collectors.toMap(Territory::code, Function.identity()));

    @Test
    void keepsOnlyCurrentCommunesAndCountsEveryKind() {
        assertThat(registry.countsByKind())
                .containsEntry(TerritoryKind.COMMUNE, 11L)
                .containsEntry(TerritoryKind.EPCI, 4L)
                .containsEntry(TerritoryKind.EPT, 1L)
                .containsEntry(TerritoryKind.DEPARTEMENT, 4L)
                .containsEntry(TerritoryKind.REGION, 3L)
                .containsEntry(TerritoryKind.COM, 1L);
        assertThat(byCode).doesNotContainKeys("13201", "84021");
        assertThat(registry.edition())
                .isEqualTo(new RegistryEdition(
                        2026, 2023, "@etalab/decoupage-administratif 0.0.0-test", RegistryEdition.ETALAB_LICENCE));
    }

    @Test
    void prefixesDepartementsAndRegionsWhoseInseeCodesOverlap() {
        assertThat(byCode.get("DEP-93").name()).isEqualTo("Seine-Saint-Denis");
        assertThat(byCode.get("REG-93").name()).isEqualTo("Provence-Alpes-Côte d'Azur");
        assertThat(byCode.get("DEP-93").regionCode()).isEqualTo("REG-11");
    }

    @Test
    void mergesAnOverseasCollectivityListedAsDepartementAndRegionIntoOneCom() {
        Territory com = byCode.get("975");
        assertThat(com.kind()).isEqualTo(TerritoryKind.COM);
        assertThat(com.population()).isEqualTo(596L + 5194L);
        assertThat(byCode).doesNotContainKeys("DEP-975", "REG-975");
        Territory saintPierre = byCode.get("97502");
        assertThat(saintPierre.departementCode()).isEqualTo("975");
        assertThat(saintPierre.regionCode()).isEqualTo("975");
    }

    @Test
    void attachesCommunesToTheirEpciEptDepartementAndRegion() {
        Territory aubervilliers = byCode.get("93001");
        assertThat(aubervilliers.epciCode()).isEqualTo("200054781");
        assertThat(aubervilliers.eptCode()).isEqualTo("200057867");
        assertThat(aubervilliers.departementCode()).isEqualTo("DEP-93");
        assertThat(aubervilliers.regionCode()).isEqualTo("REG-11");
        assertThat(aubervilliers.postalCodes()).containsExactly("93300");
        assertThat(byCode.get("13055").postalCodes()).containsExactly("13001", "13002");
    }

    @Test
    void mapsEpciTypesAndGivesEpciTheDepartementHoldingMostOfTheirPopulation() {
        assertThat(byCode.get("200054807").epciType()).isEqualTo("MET");
        Territory crossing = byCode.get("200040442");
        assertThat(crossing.epciType()).isEqualTo("CC");
        assertThat(crossing.departementCode()).isEqualTo("DEP-84");
        assertThat(crossing.regionCode()).isEqualTo("REG-93");
        assertThat(crossing.siren()).isEqualTo("200040442");
        assertThat(byCode.get("200057867").departementCode()).isEqualTo("DEP-93");
    }

    @Test
    void sumsTheCommunesPopulationsAboveTheCommuneLevel() {
        assertThat(byCode.get("DEP-13").population()).isEqualTo(147_478L + 886_040L + 3_300L);
        assertThat(byCode.get("REG-93").population()).isEqualTo(147_478L + 886_040L + 3_300L + 28_500L + 1_999 + 2_000);
        assertThat(byCode.get("200054807").population()).isEqualTo(147_478L + 886_040L);
        assertThat(byCode.get("200057867").population()).isEqualTo(88_365L + 150_000L);
        assertThat(byCode.get("13055").populationMillesime()).isEqualTo(2023);
    }

    @Test
    void namesTheFileTheEntryAndTheFieldOfAMalformedEntry(@TempDir Path dir) throws IOException {
        Path data = Fixtures.etalabMiniWith(dir, "communes.json", """
                [{"code": "13055", "nom": "Marseille", "departement": "13", "region": "93", "type": "commune-actuelle"},
                 {"code": "13001", "departement": "13", "region": "93", "type": "commune-actuelle"}]
                """);
        assertThatThrownBy(() -> OfficialData.read(data, 2026, 2023))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("communes.json entry 2 (code 13001): field 'nom' should be a non-empty text");
    }

    @Test
    void refusesANegativePopulation(@TempDir Path dir) throws IOException {
        Path data = Fixtures.etalabMiniWith(dir, "communes.json", """
                [{"code": "13055", "nom": "Marseille", "departement": "13", "region": "93",
                  "type": "commune-actuelle", "population": -4}]
                """);
        assertThatThrownBy(() -> OfficialData.read(data, 2026, 2023))
                .hasMessageContaining("entry 1 (code 13055): field 'population' should be a non-negative integer");
    }

    @Test
    void refusesAnUnknownEpciTypeAndAnUnknownMember(@TempDir Path dir) throws IOException {
        Path badType = Fixtures.etalabMiniWith(dir.resolve("a"), "epci.json", """
                [{"code": "200000001", "nom": "Syndicat", "type": "SIVOM", "membres": []}]
                """);
        assertThatThrownBy(() -> OfficialData.read(badType, 2026, 2023))
                .hasMessageContaining("EPCI 200000001 (Syndicat) has type 'SIVOM'");
        Path badMember = Fixtures.etalabMiniWith(dir.resolve("b"), "ept.json", """
                [{"code": "200000002", "nom": "EPT", "type": "EPT", "membres": [{"code": "99999"}]}]
                """);
        assertThatThrownBy(() -> OfficialData.read(badMember, 2026, 2023))
                .hasMessageContaining("ept.json: 200000002 lists member 99999");
    }

    @Test
    void explainsAMissingFileAndInvalidJson(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> OfficialData.read(dir, 2026, 2023))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("has no regions.json");
        Path data = Fixtures.etalabMiniWith(dir, "regions.json", "[{\"code\": \"93\",");
        assertThatThrownBy(() -> OfficialData.read(data, 2026, 2023))
                .isInstanceOf(VigieException.class)
                .hasMessageContaining("regions.json is not valid JSON");
    }
}
