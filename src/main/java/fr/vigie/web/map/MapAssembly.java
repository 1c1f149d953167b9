package fr.vigie.web.map;

import fr.vigie.VigieException;
import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.Kpi.BetterDirection;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.Period;
import fr.vigie.store.MapTable;
import fr.vigie.store.MapTable.AreaValue;
import fr.vigie.store.MapTable.CommuneValue;
import fr.vigie.store.Store;
import fr.vigie.territory.TerritoryCodes;
import fr.vigie.web.Frame;
import fr.vigie.web.RequestRefused;
import fr.vigie.web.map.MapPage.Area;
import fr.vigie.web.map.MapPage.Commune;
import fr.vigie.web.map.MapProjection.MapPoint;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Gathers the map page: the values of the KPI for the départements or régions of a month, ranked,
 * each région colouring its départements (the régions' own outlines are not openly licensed), and
 * the communes of a département, ranked, placed on the map where their location is known.
 */
final class MapAssembly {
    static final String DEPARTEMENT = "departement";
    static final String REGION = "region";
    /** More than any département has (Pas-de-Calais: 890 communes). */
    static final int COMMUNES = 1_000;

    private final MapTable table;

    MapAssembly(Store store) {
        this.table = new MapTable(store);
    }

    MapPage page(Frame frame, String kpiId, String level, @Nullable String period, @Nullable String departement) {
        Kpi kpi = KpiCatalogue.find(kpiId)
                .orElseThrow(() -> new RequestRefused("error.refused.kpi", kpiId, KpiCatalogue.ids()));
        if (!level.equals(DEPARTEMENT) && !level.equals(REGION)) {
            throw new RequestRefused("error.refused.level", level);
        }
        String version = KpiCatalogue.METHODOLOGY_VERSION;
        List<String> months = table.months(level, kpi.id(), version);
        String month =
                period == null || period.isBlank() ? (months.isEmpty() ? null : months.getFirst()) : month(period);
        List<AreaValue> departements = month == null ? List.of() : table.values(DEPARTEMENT, kpi.id(), version, month);
        List<AreaValue> shown = level.equals(DEPARTEMENT) || month == null
                ? departements
                : table.values(REGION, kpi.id(), version, month);
        List<Area> areas = ranked(
                shown,
                kpi,
                area -> level.equals(DEPARTEMENT)
                        ? drawn(area.code())
                        : departements.stream()
                                .filter(d -> area.code().equals(d.regionCode()))
                                .map(d -> drawn(d.code()))
                                .filter(id -> !id.isEmpty())
                                .collect(Collectors.joining(" ")));
        List<Area> departementAreas = ranked(departements, kpi, area -> drawn(area.code()));
        String chosen = chosen(departement, departementAreas);
        List<Commune> communes = chosen == null
                ? List.of()
                : communes(
                        table.bestCommunes(
                                chosen,
                                kpi.id(),
                                version,
                                month,
                                kpi.betterDirection() == BetterDirection.HIGHER,
                                COMMUNES),
                        kpi);
        boolean simulated = areas.stream().anyMatch(Area::simulated)
                || communes.stream().anyMatch(c -> c.area().simulated());
        return new MapPage(
                frame,
                kpi,
                KpiCatalogue.ALL,
                level,
                month,
                months,
                areas,
                departementAreas.stream()
                        .sorted(Comparator.comparing(Area::code))
                        .toList(),
                chosen,
                communes,
                simulated);
    }

    /** The month a visitor typed (2026-10), as its label. */
    private static String month(String typed) {
        Period month;
        try {
            month = Period.parse(typed);
        } catch (VigieException e) {
            throw new RequestRefused("error.refused.period", typed);
        }
        if (month.granularity() != Period.Granularity.MONTH) {
            throw new RequestRefused("error.refused.period", typed);
        }
        return month.label();
    }

    /** The communes ranked, each with its point on the map when the store locates it there. */
    static List<Commune> communes(List<CommuneValue> values, Kpi kpi) {
        Map<String, CommuneValue> byCode = new HashMap<>();
        values.forEach(v -> byCode.put(v.area().code(), v));
        return ranked(values.stream().map(CommuneValue::area).toList(), kpi, area -> "").stream()
                .map(area -> {
                    CommuneValue value = byCode.get(area.code());
                    MapPoint point = value.latitude() == null || value.longitude() == null
                            ? null
                            : MapProjection.of(value.latitude(), value.longitude())
                                    .orElse(null);
                    return new Commune(area, point);
                })
                .toList();
    }

    /** The asked département when it exists, else the best-ranked one. */
    private static @Nullable String chosen(@Nullable String asked, List<Area> departements) {
        if (asked != null && !asked.isBlank()) {
            String code = TerritoryCodes.normalise(asked);
            for (Area d : departements) {
                if (d.code().equals(code) || d.official().equals(code)) {
                    return d.code();
                }
            }
        }
        return departements.stream()
                .filter(d -> d.rank() != null)
                .min(Comparator.comparing(Area::rank))
                .map(Area::code)
                .orElse(null);
    }

    /** The map outline of a département: its official code, none overseas. */
    static String drawn(String departementCode) {
        String official = TerritoryCodes.official(departementCode);
        return official.startsWith("97") ? "" : official;
    }

    /** Competition ranks (ties share a rank) in the KPI's better direction; no rank without a value. */
    static List<Area> ranked(List<AreaValue> values, Kpi kpi, java.util.function.Function<AreaValue, String> ids) {
        boolean higher = kpi.betterDirection() == BetterDirection.HIGHER;
        List<Double> sorted = values.stream()
                .map(AreaValue::value)
                .filter(Objects::nonNull)
                .sorted(higher ? Comparator.reverseOrder() : Comparator.naturalOrder())
                .toList();
        return values.stream()
                .map(v -> new Area(
                        v.code(),
                        TerritoryCodes.official(v.code()),
                        v.name(),
                        v.value(),
                        v.value() == null ? null : sorted.indexOf(v.value()) + 1,
                        ids.apply(v),
                        v.simulated()))
                .sorted(Comparator.comparing(Area::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Area::code))
                .toList();
    }
}
