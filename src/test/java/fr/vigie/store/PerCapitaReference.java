package fr.vigie.store;

/** The benchmark's reference: one hand-written SQL query computing the per-capita palmarès of every category. */
public final class PerCapitaReference {
    private PerCapitaReference() {}

    /**
     * Runs the query and reads every column of every row — the same values the engine hands back:
     * category, territory code and name, population, value, value per 1,000 and both ranks — returning
     * the number of ranked rows.
     */
    public static long rankAllCategories(Store store, String period, String methodologyVersion) {
        return Jdbc.query(
                        store,
                        "SELECT c.category, t.code, t.name, t.population, v.value,"
                                + " v.value * 1000.0 / nullif(t.population, 0) AS per_1000,"
                                + " rank() OVER (PARTITION BY c.category ORDER BY round(v.value, 6) DESC NULLS LAST) AS raw_rank,"
                                + " rank() OVER (PARTITION BY c.category ORDER BY"
                                + " round(v.value * 1000.0 / nullif(t.population, 0), 6) DESC NULLS LAST) AS per_capita_rank"
                                + " FROM territory_category c JOIN territory t ON t.code = c.code"
                                + " LEFT JOIN kpi_value v ON v.scope = 'territory' AND v.subject = t.code"
                                + " AND v.kpi = 'audience' AND v.methodology_version = ? AND v.period = ?"
                                + " AND v.network = 'all' WHERE c.category IS NOT NULL",
                        row -> {
                            row.getString("category");
                            row.getString("code");
                            row.getString("name");
                            row.getObject("population");
                            row.getObject("per_1000");
                            row.getObject("raw_rank");
                            row.getObject("per_capita_rank");
                            return row.getObject("value") == null ? 0 : 1;
                        },
                        methodologyVersion,
                        period)
                .stream()
                .mapToLong(Integer::longValue)
                .sum();
    }

    /** Adds the built-in commune categories to a synthetic store that has none. */
    public static void communeCategories(Store store) {
        if (Jdbc.queryLong(store, "SELECT count(*) FROM category_rule") == 0) {
            store.execute("INSERT INTO category_rule VALUES"
                    + " (9, 'grandes-villes', 'Grandes villes', 'commune', NULL, 100000, NULL),"
                    + " (10, 'villes-moyennes', 'Villes moyennes', 'commune', NULL, 20000, 99999),"
                    + " (11, 'petites-villes', 'Petites villes', 'commune', NULL, 2000, 19999),"
                    + " (12, 'villages', 'Villages', 'commune', NULL, NULL, 1999)");
        }
    }
}
