package fr.vigie.territory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Populations above the commune level: the sum of the communes' populations municipales, null when
 * none of them has one (e.g. the uninhabited TAAF). Unknown populations count as 0 in a sum.
 */
final class Populations {
    private final Map<String, Sum> byDepartement = new HashMap<>();
    private final Map<String, Sum> byRegion = new HashMap<>();

    Populations(List<Territory> communes) {
        for (Territory commune : communes) {
            byDepartement
                    .computeIfAbsent(String.valueOf(commune.departementCode()), k -> new Sum())
                    .add(commune);
            byRegion.computeIfAbsent(String.valueOf(commune.regionCode()), k -> new Sum())
                    .add(commune);
        }
    }

    @Nullable Long ofDepartement(String code) {
        Sum sum = byDepartement.get(code);
        return sum == null ? null : sum.value();
    }

    @Nullable Long ofRegion(String code) {
        Sum sum = byRegion.get(code);
        return sum == null ? null : sum.value();
    }

    static @Nullable Long sum(List<Territory> communes) {
        Sum sum = new Sum();
        communes.forEach(sum::add);
        return sum.value();
    }

    /**
     * A member of the département holding the largest population among the members (ties: more
     * members, then the smaller département code); null without members.
     */
    static @Nullable Territory largestShare(List<Territory> members) {
        Map<String, Sum> byDepartement = new HashMap<>();
        Map<String, Territory> representative = new HashMap<>();
        for (Territory member : members) {
            String departement = String.valueOf(member.departementCode());
            byDepartement.computeIfAbsent(departement, k -> new Sum()).add(member);
            representative.putIfAbsent(departement, member);
        }
        return byDepartement.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Sum>>comparingLong(e -> -e.getValue().total)
                        .thenComparingLong(e -> -e.getValue().members)
                        .thenComparing(Map.Entry::getKey))
                .map(e -> representative.get(e.getKey()))
                .orElse(null);
    }

    private static final class Sum {
        long total;
        long members;
        boolean known;

        void add(Territory commune) {
            members++;
            if (commune.population() != null) {
                total += commune.population();
                known = true;
            }
        }

        @Nullable Long value() {
            return known ? total : null;
        }
    }
}
