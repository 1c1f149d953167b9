package fr.vigie.cli;

import fr.vigie.territory.Categories;
import fr.vigie.territory.OfficialData;
import fr.vigie.territory.OfficialRegistry;
import fr.vigie.territory.RegistryFile;
import fr.vigie.territory.TerritoryKind;
import fr.vigie.territory.TerritoryRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie territories import`: replaces the registry by the official data of a newer edition. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Replaces the whole registry of territories by the data folder of the npm package"
                    + " @etalab/decoupage-administratif (communes.json, epci.json, ept.json,"
                    + " departements.json, regions.json), in one transaction.",
            "Optionally writes the compact registry file that Vigie ships in its jar."
        },
        footer = {
            "",
            "Examples:",
            "  npm pack @etalab/decoupage-administratif@6.0.0 && tar xzf etalab-decoupage-administratif-6.0.0.tgz",
            "  vigie territories import package/data",
            "  vigie territories import package/data --cog-year 2027 --population-millesime 2024 \\",
            "      --write-registry src/main/resources/territory/registry-2027.csv.gz"
        })
public final class TerritoriesImportCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<folder>", description = "The package's data folder.")
    Path folder = Path.of(".");

    @Option(names = "--cog-year", defaultValue = "2026", description = "Year of the COG (default: ${DEFAULT-VALUE}).")
    int cogYear;

    @Option(
            names = "--population-millesime",
            defaultValue = "2023",
            description = "Millésime of the populations (default: ${DEFAULT-VALUE}).")
    int populationMillesime;

    @Option(
            names = "--write-registry",
            paramLabel = "<file.csv.gz>",
            description = "Also write the compact registry file (and its .properties beside it).")
    @Nullable Path registryFile;

    @Override
    public Integer call() {
        CommandSpec command = java.util.Objects.requireNonNull(spec);
        var vigie = VigieCommand.root(command).vigie();
        PrintWriter err = command.commandLine().getErr();
        err.println("vigie: reading " + folder + " …");
        OfficialRegistry registry = OfficialData.read(folder, cogYear, populationMillesime);
        err.println("vigie: replacing the registry of the store …");
        Map<TerritoryKind, Long> counts = new TerritoryRegistry(vigie.store()).replace(registry);
        Categories.load(vigie.store(), Categories.overrideIn(vigie.workspace().home()));
        PrintWriter out = command.commandLine().getOut();
        out.printf(
                Locale.ROOT,
                "Imported %,d territories (COG %d, populations %d) from %s:%n",
                registry.territories().size(),
                cogYear,
                populationMillesime,
                registry.edition().source());
        counts.forEach((kind, count) -> out.printf(Locale.ROOT, "  %-12s %,7d%n", kind.id(), count));
        if (registryFile != null) {
            RegistryFile.write(registry, registryFile);
            out.println("Wrote " + registryFile + " and " + RegistryFile.propertiesOf(registryFile));
        }
        return ExitCodes.OK;
    }
}
