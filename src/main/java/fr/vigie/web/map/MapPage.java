package fr.vigie.web.map;

import fr.vigie.kpi.Kpi;
import fr.vigie.web.Frame;
import fr.vigie.web.map.MapProjection.MapPoint;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The model of the map page (src/main/jte/map/map.jte): a KPI's values by département or région for
 * a month, the table the map is drawn from, and the communes of one département, ranked, with their
 * points on the map when their location is known.
 *
 * @param level "departement" or "region"
 * @param period the month shown, null when no value of the KPI is stored at this level
 * @param months the months that have values, latest first (the period choices)
 * @param departements every département, for the choice of the communes' département
 * @param departement the chosen département's Vigie code, null when there is none
 */
public record MapPage(
        Frame frame,
        Kpi kpi,
        List<Kpi> kpis,
        String level,
        @Nullable String period,
        List<String> months,
        List<Area> areas,
        List<Area> departements,
        @Nullable String departement,
        List<Commune> communes,
        boolean simulated) {

    /**
     * A territory of the table.
     *
     * @param official its official code (13, 2A, 93…)
     * @param mapIds the map outlines it colours, separated by spaces; empty overseas
     * @param rank its competition rank among the values (1 best), null without a value
     */
    public record Area(
            String code,
            String official,
            String name,
            @Nullable Double value,
            @Nullable Integer rank,
            String mapIds,
            boolean simulated) {
        public boolean overseas() {
            return mapIds.isEmpty();
        }
    }

    /** A commune of the chosen département: its row and, when it is located, its point on the map. */
    public record Commune(Area area, @Nullable MapPoint point) {
        /** The point's abscissa as the page writes it (empty without a point). */
        public String x() {
            return point == null ? "" : units(point.x());
        }

        public String y() {
            return point == null ? "" : units(point.y());
        }
    }

    /** The outline of the chosen département on the map (empty overseas or without one). */
    public String departementOutline() {
        return departement == null ? "" : MapAssembly.drawn(departement);
    }

    /** The chosen département's name (empty without one). */
    public String departementName() {
        return departements.stream()
                .filter(d -> d.code().equals(departement))
                .map(Area::name)
                .findFirst()
                .orElse("");
    }

    /** How many communes of the table are drawn as points. */
    public long located() {
        return communes.stream().filter(c -> c.point() != null).count();
    }

    private static String units(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public boolean regions() {
        return level.equals(MapAssembly.REGION);
    }
}
