package fr.vigie.simulate;

import fr.vigie.store.SimulationInputs.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Accounts of the same area that an account mentions, reposts or replies to: on the same network,
 * its territory's parents (EPCI or EPT, département, région), its children, and the other accounts
 * of its own territory; bigger audiences are picked more often (weight √followers).
 */
final class RelatedAccounts {
    static final double REPOST_SHARE = 0.25;
    static final double REPLY_SHARE = 0.20;

    /** Candidates of one account, with cumulative weights for drawing. */
    record Candidates(List<SimAccount> accounts, double[] cumulative) {
        boolean isEmpty() {
            return accounts.isEmpty();
        }

        SimAccount pick(RandomGenerator random) {
            double target = random.nextDouble() * cumulative[cumulative.length - 1];
            int index = java.util.Arrays.binarySearch(cumulative, target);
            return accounts.get(Math.min(accounts.size() - 1, index >= 0 ? index + 1 : -index - 1));
        }
    }

    private final Map<String, List<SimAccount>> accountsByCode;
    private final Map<String, List<String>> childrenByCode = new HashMap<>();

    RelatedAccounts(AccountPlanner.Plan plan) {
        this.accountsByCode = plan.accounts();
        for (SimTerritory territory : plan.territories()) {
            for (String parent : parents(territory.place())) {
                childrenByCode.computeIfAbsent(parent, p -> new ArrayList<>()).add(territory.code());
            }
        }
    }

    static List<String> parents(Place place) {
        var parents = new ArrayList<String>();
        if (place.kind().equals("commune")) {
            add(parents, place.epciCode());
            add(parents, place.eptCode());
        }
        if (!place.kind().equals("departement") && !place.kind().equals("region")) {
            add(parents, place.departementCode());
        }
        if (!place.kind().equals("region")) {
            add(parents, place.regionCode());
        }
        return parents;
    }

    private static void add(List<String> codes, @Nullable String code) {
        if (code != null && !code.isBlank()) {
            codes.add(code);
        }
    }

    Candidates of(SimAccount account) {
        var codes = new ArrayList<String>();
        codes.add(account.territory().code());
        codes.addAll(parents(account.territory().place()));
        codes.addAll(childrenByCode.getOrDefault(account.territory().code(), List.of()));
        var chosen = new ArrayList<SimAccount>();
        var weights = new ArrayList<Double>();
        double total = 0;
        for (String code : codes) {
            for (SimAccount other : accountsByCode.getOrDefault(code, List.of())) {
                if (other.network() == account.network() && !other.key().equals(account.key())) {
                    total += Math.sqrt(other.followers());
                    chosen.add(other);
                    weights.add(total);
                }
            }
        }
        return new Candidates(
                chosen, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
