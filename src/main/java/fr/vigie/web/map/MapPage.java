package fr.vigie.web.map;

import fr.vigie.kpi.Kpi;
import fr.vigie.web.Frame;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The model of the map page (src/main/jte/map/map.jte): a KPI's values by département or région for
 * a month, the table the map is drawn from, and the best communes of one département.
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
        List<Area> communes,
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

    public boolean regions() {
        return level.equals(MapAssembly.REGION);
    }
}
