package fr.vigie.web.territory;

import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryCodes;
import fr.vigie.territory.TerritoryKind;
import fr.vigie.territory.TerritoryRegistry;
import fr.vigie.territory.location.Location;
import fr.vigie.web.Texts;
import fr.vigie.web.map.MapProjection;
import fr.vigie.web.map.MapProjection.MapPoint;
import fr.vigie.web.territory.TerritoryPage.MapSpot;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where a territory lies on the map of départements: its own département, the département of a
 * commune or intercommunality, every département of a région. The map draws metropolitan France
 * only, so an overseas territory gets a sentence and no outline. A territory whose location the
 * store knows is also a point.
 */
final class MapSpots {
    private MapSpots() {}

    static MapSpot of(
            Texts t,
            TerritoryRegistry registry,
            Territory territory,
            List<Territory> parents,
            @Nullable Location location) {
        Territory region = territory.kind() == TerritoryKind.REGION
                ? territory
                : parents.stream()
                        .filter(p -> p.kind() == TerritoryKind.REGION)
                        .findFirst()
                        .orElse(null);
        List<Territory> departements = switch (territory.kind()) {
            case DEPARTEMENT -> List.of(territory);
            case REGION -> registry.children(territory.code(), TerritoryKind.DEPARTEMENT);
            default ->
                parents.stream()
                        .filter(p -> p.kind() == TerritoryKind.DEPARTEMENT)
                        .toList();
        };
        List<String> ids = departements.stream()
                .map(d -> TerritoryCodes.official(d.code()))
                .filter(MapSpots::drawn)
                .toList();
        String regionName = region == null ? t.get("territory.map.noRegion") : region.name();
        String description;
        if (territory.kind() == TerritoryKind.REGION) {
            description = t.format(
                    "territory.map.region",
                    territory.name(),
                    String.join(
                            ", ",
                            departements.stream()
                                    .map(d -> d.name() + " (" + TerritoryCodes.official(d.code()) + ")")
                                    .toList()));
        } else if (departements.isEmpty()) {
            description = t.get("territory.map.none");
        } else {
            Territory d = departements.getFirst();
            description =
                    t.format("territory.map.departement", d.name(), TerritoryCodes.official(d.code()), regionName);
        }
        if (ids.isEmpty() && !departements.isEmpty()) {
            description = Stream.of(description, t.get("territory.map.overseas"))
                    .reduce((a, b) -> a + " " + b)
                    .get();
        }
        MapPoint point = location == null
                ? null
                : MapProjection.of(location.latitude(), location.longitude()).orElse(null);
        if (point != null) {
            description = description + " " + t.format("territory.map.point", territory.name());
        }
        return new MapSpot(ids, description, point);
    }

    /** Whether the map has an outline for this département code: metropolitan ones only. */
    static boolean drawn(String departement) {
        return !departement.startsWith("97");
    }
}
