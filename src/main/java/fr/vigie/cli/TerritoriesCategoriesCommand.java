package fr.vigie.cli;

import fr.vigie.territory.Categories;
import fr.vigie.territory.CategoryCount;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** `vigie territories categories`: the categories (strata) and how many territories each holds. */
@Command(
        name = "categories",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the categories (strata) of the rankings with their number of territories.",
            "Rules come from <home>/categories.csv when it exists, else from the built-in file"
                    + " (see docs/territories.md)."
        },
        footer = {"", "Examples:", "  vigie territories categories", "  vigie --home my-data territories categories"})
public final class TerritoriesCategoriesCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Override
    public Integer call() {
        CommandSpec command = java.util.Objects.requireNonNull(spec);
        var vigie = VigieCommand.root(command).vigie();
        TerritoriesCommand.loadedRegistry(command);
        Path override = Categories.overrideIn(vigie.workspace().home());
        PrintWriter out = command.commandLine().getOut();
        out.println("Categories from " + (override == null ? "the built-in categories.csv" : override) + ":");
        out.printf(Locale.ROOT, "%-28s %10s  %s%n", "CATEGORY", "TERRITORIES", "LABEL");
        for (CategoryCount c : Categories.counts(vigie.store())) {
            out.printf(Locale.ROOT, "%-28s %,10d  %s%n", c.category(), c.territories(), c.label());
        }
        long uncategorised = Categories.uncategorised(vigie.store());
        if (uncategorised > 0) {
            out.printf(Locale.ROOT, "%-28s %,10d  %s%n", "(none)", uncategorised, "matched by no rule");
        }
        return ExitCodes.OK;
    }
}
