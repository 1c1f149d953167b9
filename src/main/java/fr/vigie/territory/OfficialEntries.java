package fr.vigie.territory;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The entries of the etalab JSON files that the registry keeps, before parents and sums are worked out. */
final class OfficialEntries {
    private OfficialEntries() {}

    /** A région or a département (or a COM, listed in both files with zone "com"). */
    record Area(String code, String name, @Nullable String regionCode, String zone) {}

    record Commune(
            String code,
            String name,
            @Nullable String zone,
            String departement,
            String region,
            @Nullable String siren,
            List<String> postalCodes,
            @Nullable Long population) {}

    /** An EPCI or an EPT with the INSEE codes of its member communes. */
    record Group(String code, String name, String type, List<String> members) {}

    record All(
            List<Area> regions, List<Area> departements, List<Commune> communes, List<Group> epci, List<Group> ept) {}
}
