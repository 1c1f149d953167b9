package fr.vigie.cli;

import fr.vigie.Vigie;
import fr.vigie.VigieException;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.Edition;
import fr.vigie.ranking.EditionMovement;
import fr.vigie.ranking.EditionMovement.EditionRequest;
import fr.vigie.ranking.RankMovement;
import fr.vigie.ranking.RankUncertainty;
import fr.vigie.ranking.RankingExtras;
import fr.vigie.ranking.RankingFormat;
import fr.vigie.ranking.RankingWriter;
import fr.vigie.ranking.ScoreService;
import fr.vigie.ranking.Scoreboard;
import fr.vigie.ranking.ScoreboardWriter;
import fr.vigie.ranking.UncertaintyService;
import java.io.PrintWriter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `vigie rank`: the palmarès of a category. */
@Command(
        name = "rank",
        mixinStandardHelpOptions = true,
        description = {
            "Rank the territories of a category on a KPI: raw values and, where it makes sense, values per"
                    + " 1,000 inhabitants, each with its own competition rank (ties share a rank, shown =2).",
            "--composite ranks on the weighted percentiles of several KPIs (weights from <home>/weights.csv or"
                    + " the built-in ones); --size-adjusted on the audience beyond what the population predicts.",
            "--region/--departement print the extract of a région or département, ranked in the whole category.",
            "Computes the KPIs for the period first when they have no values yet, or when data were imported since.",
            "--intervals adds each rank's bootstrap interval (rank_low, rank_high) and the ranks it cannot be told"
                    + " apart from; --movement adds the places gained or lost since the previous period and lists exits.",
            "--compare-to PERIOD recomputes that period under the current methodology (like for like);"
                    + " --compare-to PERIOD@VERSION compares with the edition stored for it, as published (e.g. 2025@1.0);"
                    + " the output says so when its methodology differs.",
        },
        footer = {
            "",
            "Examples:",
            "  vigie rank --category grandes-villes --period 2026-10",
            "  vigie rank --category regions --period 2026 --kpi engagement-rate --network x",
            "  vigie rank --category villes-moyennes --period 2026 --composite --region REG-93",
            "  vigie rank --category departements --period 2026 --size-adjusted --format json",
            "  vigie rank --category villages --period 2026-Q3 --format csv --limit 0 > top.csv",
            "  vigie rank --category grandes-villes --period 2026 --kpi engagement-rate --intervals --seed 7",
            "  vigie rank --category villes-moyennes --period 2026 --composite --intervals --resamples 1000",
            "  vigie rank --category regions --period 2026-10 --movement --compare-to 2025-10",
            "  vigie rank --category regions --period 2026 --composite --movement --compare-to 2025@1.0"
        })
final class RankCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--category", required = true, description = "Category slug, e.g. grandes-villes")
    String category;

    @Option(names = "--period", required = true, description = KpiCommand.PERIOD_HELP)
    String period;

    @Option(
            names = "--kpi",
            defaultValue = "audience",
            description = "KPI id (default: ${DEFAULT-VALUE}); see `vigie kpi list`")
    String kpi;

    @Option(names = "--composite", description = "Rank on the composite score (0-100) instead of one KPI")
    boolean composite;

    @Option(names = "--size-adjusted", description = "Rank on log(followers) beyond what log(population) predicts")
    boolean sizeAdjusted;

    @Option(names = "--network", defaultValue = "all", description = "all (default) or a network id")
    String network;

    @Option(names = "--region", description = "Print only this région's territories (REG-93 or 93)")
    String region;

    @Option(names = "--departement", description = "Print only this département's territories (DEP-13 or 13)")
    String departement;

    @Option(names = "--format", defaultValue = "table", description = "table (default), csv or json")
    String format;

    @Option(
            names = "--limit",
            defaultValue = "20",
            description = "Territories to print (default: ${DEFAULT-VALUE}; 0 for all)")
    int limit;

    @Option(
            names = "--intervals",
            description = "Add bootstrap rank intervals (rank_low, rank_high) and which ranks are indistinguishable")
    boolean intervals;

    @Option(
            names = "--resamples",
            defaultValue = "1000",
            description = "Bootstrap resamples for --intervals (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(
            names = "--seed",
            defaultValue = "2026",
            description = "Random seed of the bootstrap, for reproducible intervals (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--movement", description = "Add places gained or lost since the previous period, and exits")
    boolean movement;

    @Option(
            names = "--compare-to",
            description = "Period to compare with for --movement (default: the previous period of the same length),"
                    + " or PERIOD@VERSION for the edition stored for it, as published")
    String compareTo;

    @Override
    public void run() {
        if (compareTo != null && !movement) {
            throw new VigieException("--compare-to goes with --movement: add --movement");
        }
        if (composite && sizeAdjusted) {
            throw new VigieException("--composite and --size-adjusted are two palmarès: choose one");
        }
        if (region != null && departement != null) {
            throw new VigieException("--region and --departement are two extracts: choose one");
        }
        var chosenFormat = RankingFormat.parse(format);
        Period p = Period.parse(period);
        Optional<EditionRequest> edition = compareTo == null ? Optional.empty() : EditionRequest.parse(compareTo);
        Vigie vigie = VigieCommand.root(spec).vigie();
        ScoreService scores = vigie.scores();
        String area = region != null
                ? scores.areaCode(region, "region")
                : departement != null ? scores.areaCode(departement, "departement") : null;
        var err = spec.commandLine().getErr();
        if (composite || sizeAdjusted) {
            Scoreboard board = scoreboard(scores, p, area, err);
            RankMovement moves = null;
            if (movement) {
                moves = edition.isPresent()
                        ? new EditionMovement(vigie.store()).since(board, edition.get())
                        : RankMovement.between(board, scoreboard(scores, earlier(p), area, err));
                reportBesideCsv(moves, chosenFormat, err);
            }
            RankUncertainty boardIntervals = intervals
                    ? new UncertaintyService(vigie.store()).intervals(board, scores.weights(), resamples, seed)
                    : null;
            ScoreboardWriter.write(
                    board,
                    new RankingExtras(boardIntervals, moves),
                    chosenFormat,
                    limit,
                    spec.commandLine().getOut());
            return;
        }
        var chosenKpi = KpiCatalogue.byId(kpi);
        var ranking = vigie.rankings().rank(category, p, chosenKpi, network);
        if (ranking.computedNow()) {
            err.printf(
                    "%s values for %s were missing or older than the last import: computed them now%n",
                    chosenKpi.id(), p.label());
        }
        RankUncertainty uncertainty =
                intervals ? new UncertaintyService(vigie.store()).intervals(ranking, resamples, seed) : null;
        RankMovement moves = null;
        if (movement) {
            if (edition.isPresent()) {
                moves = new EditionMovement(vigie.store()).since(ranking, edition.get());
            } else {
                Period earlier = earlier(p);
                var then = vigie.rankings().rank(category, earlier, chosenKpi, network);
                if (then.computedNow()) {
                    err.printf("%s values for %s were missing: computed them now%n", chosenKpi.id(), earlier.label());
                }
                moves = RankMovement.between(ranking, then);
            }
            reportBesideCsv(moves, chosenFormat, err);
        }
        if (area != null) {
            ranking = scores.extract(ranking, area);
            err.printf("extract of %s: ranks are those of the whole category%n", area);
        }
        RankingWriter.write(
                ranking,
                new RankingExtras(uncertainty, moves),
                chosenFormat,
                limit,
                spec.commandLine().getOut());
    }

    /** The period to recompute and compare with: --compare-to, or the previous one of the same length. */
    private Period earlier(Period p) {
        return compareTo == null ? RankMovement.previous(p) : Period.parse(compareTo);
    }

    private Scoreboard scoreboard(ScoreService scores, Period p, @Nullable String area, PrintWriter err) {
        Scoreboard board = composite
                ? scores.composite(category, p, network, area)
                : scores.sizeAdjusted(category, p, network, area);
        if (!board.computedNow().isEmpty()) {
            err.printf(
                    "%s values for %s were missing or older than the last import: computed them now%n",
                    String.join(", ", board.computedNow()), p.label());
        }
        return board;
    }

    /** CSV has no footer: the exits and a mixed-methodology warning go to stderr. */
    private static void reportBesideCsv(RankMovement moves, RankingFormat chosenFormat, PrintWriter err) {
        if (chosenFormat != RankingFormat.CSV) {
            return;
        }
        Edition published = moves.edition();
        if (published != null && published.mixesMethodologies()) {
            err.println(published.mixedMethodologiesNote());
        }
        moves.exits()
                .forEach(t -> err.printf(
                        "exit: %s %s (rank %s in %s)%n",
                        t.code(), t.name(), t.place().label(), moves.comparedTo()));
    }
}
