package fr.vigie.territory;

import fr.vigie.VigieException;
import fr.vigie.territory.OfficialEntries.Group;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** EPCI and EPT: who their members are, their type, and the territory each becomes. */
final class Memberships {
    private Memberships() {}

    /** Commune code → code of the group listing it; a commune listed twice is an error. */
    static Map<String, String> of(List<Group> groups, String file) {
        Map<String, String> result = new HashMap<>();
        for (Group group : groups) {
            for (String member : group.members()) {
                String previous = result.put(member, group.code());
                if (previous != null) {
                    throw new VigieException(file + ": commune " + member + " is a member of both " + previous + " and "
                            + group.code() + "; a commune belongs to one of them only");
                }
            }
        }
        return result;
    }

    static void checkKnown(Map<String, String> membership, Set<String> communes, String file) {
        membership.forEach((member, group) -> {
            if (!communes.contains(member)) {
                throw new VigieException(file + ": " + group + " lists member " + member
                        + ", which is not a current commune of communes.json");
            }
        });
    }

    static String epciType(Group epci) {
        return switch (epci.type()) {
            case "CC", "CA", "CU" -> epci.type();
            case "METRO", "MET69" -> "MET";
            default ->
                throw new VigieException(OfficialData.EPCI + ": EPCI " + epci.code() + " (" + epci.name()
                        + ") has type '" + epci.type() + "'; expected CC, CA, CU, METRO or MET69");
        };
    }

    static Territory group(
            Group group,
            TerritoryKind kind,
            @Nullable String epciType,
            Map<String, Territory> communes,
            int cogYear,
            int millesime) {
        List<Territory> members = group.members().stream().map(communes::get).toList();
        Territory main = Populations.largestShare(members);
        return new Territory(
                group.code(),
                kind,
                epciType,
                group.name(),
                Populations.sum(members),
                millesime,
                cogYear,
                main == null ? null : main.zone(),
                null,
                null,
                main == null ? null : main.departementCode(),
                main == null ? null : main.regionCode(),
                group.code(),
                List.of());
    }
}
