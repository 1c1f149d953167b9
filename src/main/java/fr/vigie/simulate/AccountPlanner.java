package fr.vigie.simulate;

import fr.vigie.account.Network;
import fr.vigie.store.SimulationInputs.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Decides which territories have which accounts, with their audience and habits. Every draw for a
 * territory comes from streams derived from (seed, code), so a commune gets the same accounts in a
 * département, a région or a France dataset; only handle collisions depend on the scope.
 */
final class AccountPlanner {
    static final List<String> THEMES = List.of("tourism", "culture");

    /** What the planner decided for a whole scope, in territory code order. */
    record Plan(
            List<SimTerritory> territories,
            Map<String, List<SimAccount>> accounts,
            Map<String, List<String>> hashtags) {}

    private final long seed;
    private final Map<Network, Set<String>> takenHandles = new EnumMap<>(Network.class);

    AccountPlanner(long seed) {
        this.seed = seed;
    }

    Plan plan(List<Place> places) {
        var territories = new ArrayList<SimTerritory>();
        var accounts = new LinkedHashMap<String, List<SimAccount>>();
        var hashtags = new LinkedHashMap<String, List<String>>();
        for (Place place :
                places.stream().sorted(Comparator.comparing(Place::code)).toList()) {
            SimTerritory territory = territory(place);
            territories.add(territory);
            List<SimAccount> own = accounts(territory);
            accounts.put(place.code(), own);
            if (!own.isEmpty()) {
                var random = Seeds.random(seed, "hashtags", place.code());
                hashtags.put(
                        place.code(),
                        Handles.hashtags(territory, territory.profile().thematic(), random));
            }
        }
        return new Plan(List.copyOf(territories), accounts, hashtags);
    }

    SimTerritory territory(Place place) {
        double touristic = SimTerritory.touristicProbability(place);
        boolean isTouristic = Draws.chance(Seeds.random(seed, "touristic", place.code()), touristic);
        return new SimTerritory(place, CategoryProfile.forPlace(place), isTouristic);
    }

    /** The accounts of one territory: official ones first, then thematic, in network order. */
    List<SimAccount> accounts(SimTerritory territory) {
        SplittableRandom presence = Seeds.random(seed, "presence", territory.code());
        double style = Seeds.random(seed, "style", territory.code()).nextDouble();
        var result = new ArrayList<SimAccount>();
        for (Network network : Network.values()) {
            if (presence.nextDouble() < territory.presence(network)) { // always drawn: keeps streams aligned
                result.add(account(territory, network, null, style));
            }
        }
        for (String theme : THEMES) {
            for (Network network : Network.values()) {
                if (presence.nextDouble() < territory.themePresence(theme, network)) {
                    result.add(account(territory, network, theme, (style + 0.37) % 1));
                }
            }
        }
        return result;
    }

    private SimAccount account(SimTerritory territory, Network network, @Nullable String theme, double style) {
        String key = territory.code() + "|" + network.id() + "|" + (theme == null ? "official" : theme);
        SplittableRandom random = Seeds.random(seed, "account", key);
        String handle = uniqueHandle(territory, network, theme, style);
        String platformId = PlatformIds.account(network, random);
        AudienceModel audience = AudienceModel.draw(territory, network, theme, random);
        boolean dormant = Draws.chance(random, territory.profile().dormantShare());
        double rate = dormant
                ? 0
                : territory.postsPerDay(network)
                        * (theme == null ? 1 : SimTerritory.THEMATIC_RATE)
                        * Draws.logNormalWithMean(random, 1, 0.6);
        long postsBefore =
                Math.round(Draws.logNormal(random, Math.max(rate, 0.05) * 365 * AudienceModel.yearsOn(network), 0.5));
        double responsiveness = 0.1 + 0.7 * Math.pow(random.nextDouble(), 1.3);
        boolean hidesLikes = network == Network.INSTAGRAM && Draws.chance(random, 0.06);
        return new SimAccount(
                key,
                territory,
                network,
                theme == null ? "official" : "thematic",
                theme,
                handle,
                platformId,
                Handles.displayName(territory, theme),
                dormant ? "dormant" : "active",
                audience.followers(),
                audience.monthlyGrowth(),
                audience.following(),
                postsBefore,
                rate,
                responsiveness,
                hidesLikes);
    }

    /** Homonymous communes share a stem: the later ones (by code) get the département code, then a number. */
    private String uniqueHandle(SimTerritory territory, Network network, @Nullable String theme, double style) {
        String stem = Handles.stem(territory, theme, style, "");
        String hyphenStem = Handles.stem(territory, theme, style, "-");
        String departement = territory.place().departementCode();
        String distinct = SimTerritory.official(departement == null ? territory.code() : departement)
                .toLowerCase(java.util.Locale.ROOT);
        Set<String> taken = takenHandles.computeIfAbsent(network, n -> new HashSet<>());
        for (int attempt = 0; ; attempt++) {
            String suffix = attempt == 0 ? "" : attempt == 1 ? distinct : distinct + attempt;
            String handle = Handles.forNetwork(network, stem, hyphenStem, suffix, style);
            if (taken.add(handle)) {
                return handle;
            }
        }
    }
}
