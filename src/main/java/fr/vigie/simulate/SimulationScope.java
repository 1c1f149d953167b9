package fr.vigie.simulate;

import fr.vigie.VigieException;
import fr.vigie.store.SimulationInputs;
import fr.vigie.store.SimulationInputs.Place;
import java.util.List;
import java.util.Locale;

/**
 * The territories a dataset covers: all of France, a région (with its départements, EPCI/EPT and
 * communes) or a département (with its EPCI/EPT and communes). The registry keeps régions and
 * départements as {@code REG-93} and {@code DEP-13} because their INSEE codes overlap; a bare code
 * means the région when one has it (93 is Provence-Alpes-Côte d'Azur, not Seine-Saint-Denis), else
 * the département. {@code region:93}, {@code departement:93}, {@code REG-93}, {@code DEP-93} say which.
 */
public sealed interface SimulationScope {
    record France() implements SimulationScope {}

    /** A région, by its INSEE code (93) or its registry code (REG-93). */
    record Region(String code) implements SimulationScope {}

    /** A département, by its INSEE code (13, 2A) or its registry code (DEP-13). */
    record Departement(String code) implements SimulationScope {}

    /** A bare code, resolved against the registry: région first, then département. */
    record AnyCode(String code) implements SimulationScope {}

    static SimulationScope parse(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        if (value.equals("FRANCE")) {
            return new France();
        }
        if (value.startsWith("REGION:")) {
            return new Region(code(value.substring("REGION:".length()), text));
        }
        if (value.startsWith("DEPARTEMENT:")) {
            return new Departement(code(value.substring("DEPARTEMENT:".length()), text));
        }
        return new AnyCode(code(value, text));
    }

    private static String code(String code, String text) {
        String value = code.strip();
        if (!value.matches("((REG|DEP)-)?[0-9AB]{2,3}")) {
            throw new VigieException("--scope '" + text + "' is not a scope: give a région code (93), a département"
                    + " code (13, 2A, 974), region:<code>, departement:<code> or france");
        }
        return value;
    }

    /**
     * This scope with its code resolved to the registry's code of a région or a département; a user
     * error when no territory of that kind has the code.
     */
    default SimulationScope resolve(SimulationInputs inputs) {
        return switch (this) {
            case France france -> france;
            case Region region -> new Region(find(inputs, region.code(), "region", "REG-"));
            case Departement dep -> new Departement(find(inputs, dep.code(), "departement", "DEP-"));
            case AnyCode any -> {
                String region = lookup(inputs, any.code(), "region", "REG-");
                if (region != null) {
                    yield new Region(region);
                }
                String departement = lookup(inputs, any.code(), "departement", "DEP-");
                if (departement != null) {
                    yield new Departement(departement);
                }
                throw new VigieException("--scope " + any.code() + ": no région or département has this code in the"
                        + " registry; check the code (e.g. 93 for Provence-Alpes-Côte d'Azur, 13 for the"
                        + " Bouches-du-Rhône) or load the registry first");
            }
        };
    }

    /** The territories of this scope in the registry, ordered by code. */
    default List<Place> places(SimulationInputs inputs) {
        return switch (resolve(inputs)) {
            case Region region -> inputs.region(region.code());
            case Departement dep -> inputs.departement(dep.code());
            default -> inputs.all();
        };
    }

    private static String find(SimulationInputs inputs, String code, String kind, String prefix) {
        String found = lookup(inputs, code, kind, prefix);
        if (found == null) {
            throw new VigieException("--scope: no " + kind + " has code " + code + " in the registry; check the code");
        }
        return found;
    }

    private static @org.jspecify.annotations.Nullable String lookup(
            SimulationInputs inputs, String code, String kind, String prefix) {
        for (String candidate : List.of(code, prefix + code)) {
            if (inputs.kindsOf(candidate).contains(kind)) {
                return candidate;
            }
        }
        return null;
    }

    /** Folder-friendly form of the scope as given: "93", "departement-93", "france". */
    default String label() {
        return switch (this) {
            case France france -> "france";
            case Region region -> "region-" + region.code().toLowerCase(Locale.ROOT);
            case Departement dep -> "departement-" + dep.code().toLowerCase(Locale.ROOT);
            case AnyCode any -> any.code().toLowerCase(Locale.ROOT);
        };
    }
}
