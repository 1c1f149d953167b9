package fr.vigie.cli;

import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryKind;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** `vigie territories search`: find territories by name, code, SIREN or postal code. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = {
            "Finds territories by name (case, accents and hyphens ignored), by code (INSEE, SIREN,"
                    + " DEP-13, REG-93) or by postal code.",
            "Codes first, then exact names, names starting with the query, names containing it;"
                    + " larger populations first."
        },
        footer = {
            "",
            "Examples:",
            "  vigie territories search beziers",
            "  vigie territories search saint etienne --limit 5",
            "  vigie territories search 13001",
            "  vigie territories search lyon --kind epci"
        })
public final class TerritoriesSearchCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<name|code|postal code>", description = "What to look for.")
    List<String> words = List.of();

    @Option(names = "--limit", defaultValue = "20", description = "Most territories shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(
            names = "--kind",
            converter = KindConverter.class,
            description = "Only this kind: commune, epci, ept, departement, region, com.")
    @Nullable TerritoryKind kind;

    @Override
    public Integer call() {
        CommandSpec command = java.util.Objects.requireNonNull(spec);
        var registry = TerritoriesCommand.loadedRegistry(command);
        String query = String.join(" ", words);
        List<Territory> found = registry.search(query, kind, limit);
        PrintWriter out = command.commandLine().getOut();
        if (found.isEmpty()) {
            out.println("No territory matches '" + query + "'.");
            return ExitCodes.OK;
        }
        out.printf(Locale.ROOT, "%-10s %-12s %-45s %12s  %s%n", "CODE", "KIND", "NAME", "POPULATION", "IN");
        for (Territory t : found) {
            String in =
                    t.departementCode() != null ? t.departementCode() : t.regionCode() == null ? "" : t.regionCode();
            out.printf(
                    Locale.ROOT,
                    "%-10s %-12s %-45s %12s  %s%n",
                    t.code(),
                    TerritoriesCommand.kindOf(t),
                    t.name(),
                    TerritoriesCommand.population(t.population()),
                    in);
        }
        return ExitCodes.OK;
    }

    /** Parses a kind id for --kind. */
    static final class KindConverter implements ITypeConverter<TerritoryKind> {
        @Override
        public TerritoryKind convert(String value) {
            return TerritoryKind.parse(value.strip().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new TypeConversionException(
                            "'" + value + "' is not a kind; use commune, epci, ept, departement, region or com"));
        }
    }
}
