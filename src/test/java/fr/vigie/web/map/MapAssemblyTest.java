package fr.vigie.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.store.MapTable.AreaValue;
import fr.vigie.store.MapTable.CommuneValue;
import fr.vigie.web.map.MapPage.Area;
import java.util.List;
import org.junit.jupiter.api.Test;

class MapAssemblyTest {
    private static AreaValue area(String code, Double value) {
        return new AreaValue(code, "Name " + code, "metro", "REG-93", value, false);
    }

    private static final List<AreaValue> VALUES =
            List.of(area("DEP-13", 2.0), area("DEP-83", 5.0), area("DEP-84", 2.0), area("DEP-04", null));

    @Test
    void ranksHigherValuesFirstWithTiesSharingARankAndNoRankWithoutValue() {
        List<Area> ranked = MapAssembly.ranked(VALUES, KpiCatalogue.AUDIENCE, v -> MapAssembly.drawn(v.code()));

        assertThat(ranked).extracting(Area::official).containsExactly("83", "13", "84", "04");
        assertThat(ranked).extracting(Area::rank).containsExactly(1, 2, 2, null);
    }

    @Test
    void ranksLowerValuesFirstWhenLowerIsBetter() {
        List<Area> ranked = MapAssembly.ranked(VALUES, KpiCatalogue.RESPONSE_TIME, v -> "");

        assertThat(ranked).extracting(Area::rank).containsExactly(1, 1, 3, null);
        assertThat(ranked.getFirst().official()).isEqualTo("13");
    }

    @Test
    void ranksTheCommunesAndPlacesOnlyThoseLocatedInMetropolitanFrance() {
        var communes = MapAssembly.communes(
                List.of(
                        new CommuneValue(area("13055", 3.0), 43.29695, 5.38107),
                        new CommuneValue(area("13001", 9.0), null, null),
                        new CommuneValue(area("97411", 5.0), -20.882, 55.450)),
                KpiCatalogue.AUDIENCE);

        assertThat(communes).extracting(c -> c.area().code()).containsExactly("13001", "97411", "13055");
        assertThat(communes).extracting(c -> c.point() != null).containsExactly(false, false, true);
        assertThat(communes.get(0).x()).isEmpty();
        assertThat(communes.get(2).x()).isEqualTo("438.5");
    }

    @Test
    void drawsNoOutlineForAnOverseasDepartement() {
        assertThat(MapAssembly.drawn("DEP-971")).isEmpty();
        assertThat(MapAssembly.drawn("DEP-2A")).isEqualTo("2A");
    }
}
