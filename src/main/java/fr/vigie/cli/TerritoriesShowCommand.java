package fr.vigie.cli;

import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryAccount;
import fr.vigie.territory.TerritoryCard;
import fr.vigie.territory.TerritoryKind;
import fr.vigie.territory.location.Locations;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie territories show`: one territory's card. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Shows a territory: kind, category, population and millésime, parents, communes and"
                + " registered accounts.",
        footer = {
            "",
            "Codes: INSEE code of a commune or COM, SIREN of an EPCI or EPT, DEP-13 for a département,"
                    + " REG-93 for a région (a bare 13 works when it is not ambiguous).",
            "",
            "Examples:",
            "  vigie territories show 13055",
            "  vigie territories show 200054807",
            "  vigie territories show DEP-34"
        })
public final class TerritoriesShowCommand implements Callable<Integer> {
    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<code>", description = "Code of the territory.")
    String code = "";

    @Override
    public Integer call() {
        CommandSpec command = java.util.Objects.requireNonNull(spec);
        TerritoryCard card = TerritoriesCommand.loadedRegistry(command).card(code);
        Territory t = card.territory();
        PrintWriter out = command.commandLine().getOut();
        out.println(t.name() + " (" + TerritoriesCommand.kindOf(t) + " " + t.code() + ")");
        out.println("  category:     "
                + (card.category() == null
                        ? "none (no rule of the categories file matches)"
                        : card.category().category() + " — " + card.category().label()));
        String rule = t.kind() == TerritoryKind.COMMUNE ? "population municipale" : "sum of its communes' populations";
        out.printf(
                Locale.ROOT,
                "  population:   %s (%s, millésime %s; COG %d)%n",
                TerritoriesCommand.population(t.population()),
                rule,
                t.populationMillesime(),
                t.cogYear());
        if (t.siren() != null) {
            out.println("  SIREN:        " + t.siren());
        }
        if (!t.postalCodes().isEmpty()) {
            out.println("  postal codes: " + String.join(" ", t.postalCodes()));
        }
        new Locations(VigieCommand.root(command).vigie().store())
                .of(t.code())
                .ifPresent(l -> out.printf(
                        Locale.ROOT, "  location:     %.5f, %.5f (%s)%n", l.latitude(), l.longitude(), l.source()));
        String label = "  parents:      ";
        for (Territory parent : card.parents()) {
            out.println(label + parent.code() + " " + TerritoriesCommand.kindOf(parent) + " " + parent.name());
            label = "                ";
        }
        if (t.kind() != TerritoryKind.COMMUNE) {
            out.printf(Locale.ROOT, "  communes:     %,d%n", card.communes());
        }
        if (card.accounts().isEmpty()) {
            out.println("  accounts:     none registered (vigie import accounts <accounts.csv>)");
        }
        label = "  accounts:     ";
        for (TerritoryAccount a : card.accounts()) {
            String role = a.theme() == null ? a.role() : a.role() + " (" + a.theme() + ")";
            out.printf(Locale.ROOT, "%s%-10s %-30s %-20s %s%n", label, a.network(), a.handle(), role, a.status());
            label = "                ";
        }
        return ExitCodes.OK;
    }
}
