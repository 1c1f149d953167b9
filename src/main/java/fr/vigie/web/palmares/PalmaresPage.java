package fr.vigie.web.palmares;

import fr.vigie.web.Frame;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The model of /palmares: the filter form's options, the caption of the table, its rows and the
 * pagination. published is false when no edition exists yet (the page then says to run vigie publish).
 */
public record PalmaresPage(
        Frame frame,
        boolean published,
        PalmaresFilters filters,
        Options options,
        String caption,
        String valueHeader,
        boolean simulated,
        List<Row> rows,
        long total,
        int pageCount) {
    /** One choice of a select. */
    public record Option(String value, String label, boolean selected) {}

    /** One select of the filter form: its parameter name and choices. */
    public record Select(String name, List<Option> options) {}

    /** The choices of the filter form. */
    public record Options(
            List<Option> periods,
            List<Option> categories,
            List<Option> views,
            List<Option> kpis,
            List<Option> networks,
            List<Option> regions) {
        /** The selects of the form, in order, named as their query parameter. */
        public List<Select> selects() {
            return List.of(
                    new Select("period", periods),
                    new Select("category", categories),
                    new Select("view", views),
                    new Select("kpi", kpis),
                    new Select("network", networks));
        }

        static Options none() {
            return new Options(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    /**
     * One ranked territory, its texts ready for the page.
     *
     * @param movementSymbol ▲ 2, ▼ 1, =, or "" when there is no previous edition
     * @param movementText the movement in words (for screen readers and the "new" entrants)
     */
    public record Row(
            String rank,
            String code,
            String name,
            String population,
            String value,
            String interval,
            String movementSymbol,
            String movementText) {}

    /** The page numbers to link: the first, the last and two either side of the current one. */
    public List<Integer> pageLinks() {
        int current = filters.page();
        return IntStream.rangeClosed(1, pageCount)
                .filter(n -> n == 1 || n == pageCount || Math.abs(n - current) <= 2)
                .boxed()
                .toList();
    }

    public String csvHref() {
        return "/palmares.csv?" + filters.queryString(1).replaceFirst("&?page=1$", "");
    }
}
