package fr.vigie.territory;

import fr.vigie.VigieException;
import fr.vigie.territory.OfficialEntries.Area;
import fr.vigie.territory.OfficialEntries.Commune;
import fr.vigie.territory.OfficialEntries.Group;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns the official entries into territories with parents and populations. Rules:
 *
 * <ul>
 *   <li>A COM is listed by etalab both as a département and as a région (zone "com"); it becomes one
 *       territory of kind com, and its communes have it as both département and région.
 *   <li>A commune's EPCI and EPT are those listing it among their members (at most one each).
 *   <li>An EPCI or EPT gets the département (and région) holding the largest population of its member
 *       communes; ties go to the one with more member communes, then to the smaller code.
 *   <li>Populations: a commune's is its population municipale; every other territory's is the sum of
 *       its communes' (null when none of them has one).
 * </ul>
 */
final class RegistryAssembly {
    private RegistryAssembly() {}

    static List<Territory> assemble(OfficialEntries.All entries, int cogYear, int millesime) {
        Set<String> comCodes = new TreeSet<>();
        entries.departements().stream().filter(d -> "com".equals(d.zone())).forEach(d -> comCodes.add(d.code()));
        entries.regions().stream().filter(r -> "com".equals(r.zone())).forEach(r -> comCodes.add(r.code()));
        var communes = communes(entries, comCodes, cogYear, millesime);
        Map<String, Territory> byCode = new LinkedHashMap<>();
        communes.forEach(c -> byCode.put(c.code(), c));
        var result = new ArrayList<Territory>();
        var populations = new Populations(communes);
        for (Area region : entries.regions()) {
            if (!comCodes.contains(region.code())) {
                String code = TerritoryCodes.region(region.code());
                result.add(
                        area(code, TerritoryKind.REGION, region, null, populations.ofRegion(code), cogYear, millesime));
            }
        }
        for (Area departement : entries.departements()) {
            if (comCodes.contains(departement.code())) {
                String code = departement.code();
                result.add(area(
                        code, TerritoryKind.COM, departement, null, populations.ofRegion(code), cogYear, millesime));
            } else {
                String code = TerritoryCodes.departement(departement.code());
                String region = TerritoryCodes.region(String.valueOf(departement.regionCode()));
                result.add(area(
                        code,
                        TerritoryKind.DEPARTEMENT,
                        departement,
                        region,
                        populations.ofDepartement(code),
                        cogYear,
                        millesime));
            }
        }
        for (Group epci : entries.epci()) {
            result.add(Memberships.group(
                    epci, TerritoryKind.EPCI, Memberships.epciType(epci), byCode, cogYear, millesime));
        }
        for (Group ept : entries.ept()) {
            result.add(Memberships.group(ept, TerritoryKind.EPT, null, byCode, cogYear, millesime));
        }
        result.addAll(communes);
        return result;
    }

    private static List<Territory> communes(
            OfficialEntries.All entries, Set<String> comCodes, int cogYear, int millesime) {
        Set<String> departements = new TreeSet<>();
        entries.departements().forEach(d -> departements.add(d.code()));
        Map<String, String> epciOf = Memberships.of(entries.epci(), OfficialData.EPCI);
        Map<String, String> eptOf = Memberships.of(entries.ept(), OfficialData.EPT);
        var result = new ArrayList<Territory>();
        for (Commune c : entries.communes()) {
            if (!departements.contains(c.departement())) {
                throw new VigieException(OfficialData.COMMUNES + ": commune " + c.code() + " (" + c.name()
                        + ") names département " + c.departement() + ", which departements.json does not list");
            }
            boolean com = comCodes.contains(c.departement());
            String departement = com ? c.departement() : TerritoryCodes.departement(c.departement());
            String region = com ? c.departement() : TerritoryCodes.region(c.region());
            result.add(new Territory(
                    c.code(),
                    TerritoryKind.COMMUNE,
                    null,
                    c.name(),
                    c.population(),
                    millesime,
                    cogYear,
                    c.zone(),
                    epciOf.get(c.code()),
                    eptOf.get(c.code()),
                    departement,
                    region,
                    c.siren(),
                    c.postalCodes()));
        }
        Set<String> known = new TreeSet<>();
        result.forEach(t -> known.add(t.code()));
        Memberships.checkKnown(epciOf, known, OfficialData.EPCI);
        Memberships.checkKnown(eptOf, known, OfficialData.EPT);
        return result;
    }

    private static Territory area(
            String code,
            TerritoryKind kind,
            Area area,
            @Nullable String region,
            @Nullable Long population,
            int cogYear,
            int millesime) {
        return new Territory(
                code,
                kind,
                null,
                area.name(),
                population,
                millesime,
                cogYear,
                area.zone(),
                null,
                null,
                null,
                region,
                null,
                List.of());
    }
}
