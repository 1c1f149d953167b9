package fr.vigie.demo;

import fr.vigie.kpi.Kpi;
import fr.vigie.kpi.KpiCatalogue;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.Category;
import fr.vigie.ranking.RankService;
import fr.vigie.ranking.RankingFormat;
import fr.vigie.ranking.RankingWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Open exports of the demo: one CSV palmarès per category and KPI under
 * {@code <exports>/<period>/<category>--<kpi>.csv}, each row saying whether it is simulated.
 */
public final class DemoExports {
    /** The KPIs exported for every category. */
    static final List<Kpi> EXPORTED = List.of(
            KpiCatalogue.AUDIENCE,
            KpiCatalogue.AUDIENCE_PER_1000,
            KpiCatalogue.ENGAGEMENT_RATE,
            KpiCatalogue.POSTS_PER_DAY,
            KpiCatalogue.PRESENCE_BREADTH);

    private final Path root;

    public DemoExports(Path root) {
        this.root = root;
    }

    Path folder(Period period) {
        return root.resolve(period.label());
    }

    List<Path> write(Period period, RankService rankings) {
        Path folder = folder(period);
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Category category : rankings.categories()) {
                for (Kpi kpi : EXPORTED) {
                    var ranking = rankings.rank(category.slug(), period, kpi, RankService.ALL_NETWORKS);
                    Path file = folder.resolve(category.slug() + "--" + kpi.id() + ".csv");
                    try (var out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                        RankingWriter.write(ranking, RankingFormat.CSV, 0, out);
                    }
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the exports in " + folder + ": " + e.getMessage(), e);
        }
        return files;
    }
}
