package fr.vigie.discover;

import fr.vigie.collect.AccountSearch;
import fr.vigie.collect.AccountSearch.Candidate;
import fr.vigie.collect.CollectFailure;
import fr.vigie.territory.Territory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Proposes candidate official accounts of a territory: searches each network for the territory's
 * name, weighs the evidence of each candidate ({@link Evidence}) and lists them best first, saying
 * which are registered already. Nothing is registered: a person accepts a candidate with
 * {@code vigie accounts add}.
 */
public final class Discovery {
    /** A candidate, its score (sum of the evidence weights) and the evidence. */
    public record Proposal(Candidate candidate, int score, List<String> evidence, boolean registered) {}

    /** Every proposal, and the networks not searched with their reason. */
    public record Report(Territory territory, List<Proposal> proposals, Map<String, String> notSearched) {}

    private final List<AccountSearch> searches;
    private final BiPredicate<String, String> registered;

    /** @param registered tells whether (network, handle) is a registered account */
    public Discovery(List<AccountSearch> searches, BiPredicate<String, String> registered) {
        this.searches = List.copyOf(searches);
        this.registered = registered;
    }

    /**
     * Searches the networks (all when empty) for the territory; {@code website} is its official
     * site, when known, the strongest evidence.
     */
    public Report discover(Territory territory, @Nullable String website, List<String> networks, int perNetwork) {
        List<Proposal> proposals = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Map<String, String> notSearched = new TreeMap<>();
        for (AccountSearch search : searches) {
            if (!networks.isEmpty() && !networks.contains(search.network())) {
                continue;
            }
            String missing = search.missingSetting();
            if (missing != null) {
                notSearched.put(search.network(), "set " + missing);
                continue;
            }
            try {
                for (Candidate candidate : search.search(territory.name(), perNetwork)) {
                    if (!seen.add(candidate.network() + " " + candidate.handle())) {
                        continue; // found again, e.g. on a second Mastodon instance
                    }
                    var reasons = Evidence.of(candidate, territory.name(), website);
                    proposals.add(new Proposal(
                            candidate,
                            reasons.stream().mapToInt(Evidence.Reason::weight).sum(),
                            reasons.stream().map(Evidence.Reason::text).toList(),
                            registered.test(candidate.network(), candidate.handle())));
                }
            } catch (CollectFailure e) {
                notSearched.put(search.network(), e.getMessage());
            }
        }
        proposals.sort(Comparator.comparingInt(Proposal::score)
                .reversed()
                .thenComparing(p -> p.candidate().network())
                .thenComparing(p -> p.candidate().handle()));
        return new Report(territory, proposals, notSearched);
    }
}
