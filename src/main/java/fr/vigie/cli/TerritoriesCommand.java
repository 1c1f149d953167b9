package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryRegistry;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `vigie territories …`: the official registry of territories and their categories. */
@Command(
        name = "territories",
        mixinStandardHelpOptions = true,
        description = {
            "Official registry of French territories (communes, EPCI, EPT, départements, régions, COM)"
                    + " and their categories.",
            "The registry of the Code officiel géographique 2026 is loaded into the store on first use."
        },
        subcommands = {
            TerritoriesSearchCommand.class,
            TerritoriesShowCommand.class,
            TerritoriesCategoriesCommand.class,
            TerritoriesImportCommand.class,
            TerritoriesLocateCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  vigie territories search beziers",
            "  vigie territories search 13001",
            "  vigie territories show 13055",
            "  vigie territories categories",
            "  vigie territories import package/data --write-registry registry-2027.csv.gz",
            "  vigie territories locate centroides-communes.csv"
        })
public final class TerritoriesCommand implements Runnable {
    @Spec
    @Nullable CommandSpec spec;

    @Override
    public void run() {
        var commandLine = java.util.Objects.requireNonNull(spec).commandLine();
        throw new ParameterException(commandLine, "choose a subcommand: search, show, categories, import or locate");
    }

    /** The registry of the workspace, loaded (territories if empty, categories always) before use. */
    static TerritoryRegistry loadedRegistry(CommandSpec spec) {
        Vigie vigie = VigieCommand.root(spec).vigie();
        var registry = vigie.territories();
        if (vigie.registryLoadedNow()) {
            spec.commandLine().getErr().println("vigie: loaded the official registry of territories into the store");
        }
        return registry;
    }

    /** "epci MET", "commune"… */
    static String kindOf(Territory territory) {
        return territory.epciType() == null
                ? territory.kind().id()
                : territory.kind().id() + " " + territory.epciType();
    }

    static String population(@Nullable Long population) {
        return population == null ? "unknown" : String.format(Locale.ROOT, "%,d", population);
    }
}
