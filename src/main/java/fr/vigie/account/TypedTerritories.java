package fr.vigie.account;

import fr.vigie.VigieException;
import fr.vigie.territory.TerritoryCodes;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The territory codes typed in an accounts file, resolved against the registry: a Vigie code as
 * stored (13055, 200054807, DEP-13, REG-93), or a bare département or région code ("13", "93") when
 * it names exactly one territory.
 */
final class TypedTerritories {
    /** What a typed code means. */
    sealed interface Match {}

    record Found(String code) implements Match {}

    record Unknown() implements Match {}

    record Ambiguous(List<String> codes) implements Match {}

    private final Map<String, List<String>> existingCandidates;

    private TypedTerritories(Map<String, List<String>> existingCandidates) {
        this.existingCandidates = existingCandidates;
    }

    /** Resolves every typed code with one look-up of the registry ({@code existing} keeps known codes). */
    static TypedTerritories resolve(Collection<String> typed, Function<Collection<String>, Set<String>> existing) {
        Set<String> candidates = typed.stream()
                .flatMap(code -> TerritoryCodes.candidates(code).stream())
                .collect(Collectors.toSet());
        Set<String> known = existing.apply(candidates);
        Map<String, List<String>> matches = typed.stream()
                .distinct()
                .collect(Collectors.toMap(
                        code -> code,
                        code -> TerritoryCodes.candidates(code).stream()
                                .filter(known::contains)
                                .toList()));
        return new TypedTerritories(matches);
    }

    /** The stored code a typed code names, or a VigieException saying why it names none or several. */
    String require(String typed) {
        return switch (match(typed)) {
            case Found found -> found.code();
            case Unknown unknown -> throw new VigieException(unknown(typed));
            case Ambiguous ambiguous -> throw new VigieException(ambiguous(typed, ambiguous));
        };
    }

    static String unknown(String typed) {
        return "unknown territory '" + typed + "': not in the territory registry (check the INSEE or SIREN code, or"
                + " load the territories first)";
    }

    static String ambiguous(String typed, Ambiguous ambiguous) {
        return "ambiguous territory '" + typed + "': write one of " + String.join(", ", ambiguous.codes());
    }

    Match match(String typed) {
        List<String> codes = existingCandidates.getOrDefault(typed, List.of());
        if (codes.isEmpty()) {
            return new Unknown();
        }
        if (codes.size() == 1 || codes.getFirst().equals(TerritoryCodes.normalise(typed))) {
            return new Found(codes.getFirst());
        }
        return new Ambiguous(codes);
    }
}
