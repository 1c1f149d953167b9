package fr.vigie.store;

/**
 * A handful of real territories, coded as the registry codes them (départements DEP-13, régions
 * REG-93, since their INSEE codes overlap), and the field's category rules, inserted with SQL, for tests of
 * features that read the registry (the registry loader is another feature).
 */
public final class SimulationFixture {
    private SimulationFixture() {}

    public static void insertCategoryRules(Store store) {
        Jdbc.update(
                store,
                "INSERT INTO category_rule VALUES"
                        + " (1, 'regions', 'Régions', 'region', NULL, NULL, NULL),"
                        + " (2, 'departements', 'Départements', 'departement', NULL, NULL, NULL),"
                        + " (3, 'metropoles', 'Métropoles', 'epci', 'MET', NULL, NULL),"
                        + " (4, 'communautes-urbaines', 'Communautés urbaines', 'epci', 'CU', NULL, NULL),"
                        + " (5, 'communautes-agglomeration', 'Communautés d''agglomération', 'epci', 'CA', NULL, NULL),"
                        + " (6, 'communautes-communes', 'Communautés de communes', 'epci', 'CC', NULL, NULL),"
                        + " (7, 'ept', 'EPT', 'ept', NULL, NULL, NULL),"
                        + " (8, 'collectivites-outre-mer', 'Collectivités d''outre-mer', 'com', NULL, NULL, NULL),"
                        + " (9, 'grandes-villes', 'Grandes villes', 'commune', NULL, 100000, NULL),"
                        + " (10, 'villes-moyennes', 'Villes moyennes', 'commune', NULL, 20000, 99999),"
                        + " (11, 'petites-villes', 'Petites villes', 'commune', NULL, 2000, 19999),"
                        + " (12, 'villages', 'Villages', 'commune', NULL, NULL, 1999)");
    }

    /**
     * Provence-Alpes-Côte d'Azur (région 93) with the Bouches-du-Rhône and the Var, a métropole, an
     * agglomération, a communauté de communes and some communes; plus the département 93
     * (Seine-Saint-Denis, région 11) whose code collides with the région's.
     */
    public static void insertTerritories(Store store) {
        insertCategoryRules(store);
        Jdbc.update(
                store,
                "INSERT INTO territory (code, kind, epci_type, name, population, cog_year, zone, epci_code, ept_code,"
                        + " departement_code, region_code) VALUES"
                        + " ('REG-93', 'region', NULL, 'Provence-Alpes-Côte d''Azur', 5127840, 2026, 'metro', NULL, NULL, NULL, NULL),"
                        + " ('REG-11', 'region', NULL, 'Île-de-France', 12317279, 2026, 'metro', NULL, NULL, NULL, NULL),"
                        + " ('DEP-13', 'departement', NULL, 'Bouches-du-Rhône', 2069811, 2026, 'metro', NULL, NULL, NULL, 'REG-93'),"
                        + " ('DEP-83', 'departement', NULL, 'Var', 1100000, 2026, 'metro', NULL, NULL, NULL, 'REG-93'),"
                        + " ('DEP-93', 'departement', NULL, 'Seine-Saint-Denis', 1682806, 2026, 'metro', NULL, NULL, NULL, 'REG-11'),"
                        + " ('200054807', 'epci', 'MET', 'Métropole d''Aix-Marseille-Provence', 1903173, 2026, 'metro', NULL, NULL, 'DEP-13', 'REG-93'),"
                        + " ('248300543', 'epci', 'CA', 'Communauté d''agglomération Dracénie Provence Verdon', 110000, 2026, 'metro', NULL, NULL, 'DEP-83', 'REG-93'),"
                        + " ('248300394', 'epci', 'CC', 'Communauté de communes du Golfe de Saint-Tropez', 58000, 2026, 'metro', NULL, NULL, 'DEP-83', 'REG-93'),"
                        + " ('200057867', 'ept', NULL, 'Est Ensemble', 420000, 2026, 'metro', NULL, NULL, 'DEP-93', 'REG-11'),"
                        + " ('13055', 'commune', NULL, 'Marseille', 873076, 2026, 'metro', '200054807', NULL, 'DEP-13', 'REG-93'),"
                        + " ('13001', 'commune', NULL, 'Aix-en-Provence', 147478, 2026, 'metro', '200054807', NULL, 'DEP-13', 'REG-93'),"
                        + " ('13022', 'commune', NULL, 'Cassis', 7300, 2026, 'metro', '200054807', NULL, 'DEP-13', 'REG-93'),"
                        + " ('13005', 'commune', NULL, 'Aubagne', 47208, 2026, 'metro', '200054807', NULL, 'DEP-13', 'REG-93'),"
                        + " ('13075', 'commune', NULL, 'Le Puy-Sainte-Réparade', 5900, 2026, 'metro', '200054807', NULL, 'DEP-13', 'REG-93'),"
                        + " ('13069', 'commune', NULL, 'Mimet', 1100, 2026, 'metro', '200054807', NULL, 'DEP-13', 'REG-93'),"
                        + " ('83050', 'commune', NULL, 'Draguignan', 40000, 2026, 'metro', '248300543', NULL, 'DEP-83', 'REG-93'),"
                        + " ('83119', 'commune', NULL, 'Saint-Tropez', 4100, 2026, 'metro', '248300394', NULL, 'DEP-83', 'REG-93'),"
                        + " ('83048', 'commune', NULL, 'Cogolin', 11900, 2026, 'metro', '248300394', NULL, 'DEP-83', 'REG-93'),"
                        + " ('83001', 'commune', NULL, 'Les Adrets-de-l''Estérel', 2800, 2026, 'metro', NULL, NULL, 'DEP-83', 'REG-93'),"
                        + " ('83012', 'commune', NULL, 'Bargème', 180, 2026, 'metro', '248300543', NULL, 'DEP-83', 'REG-93'),"
                        + " ('93048', 'commune', NULL, 'Montreuil', 111367, 2026, 'metro', NULL, '200057867', 'DEP-93', 'REG-11'),"
                        + " ('93008', 'commune', NULL, 'Bobigny', 55000, 2026, 'metro', NULL, '200057867', 'DEP-93', 'REG-11')");
    }

    /** Many similar communes in one département (codes 'dd' + 3 digits), for statistical checks. */
    public static void insertSimilarCommunes(
            Store store, String departement, String region, int count, long population) {
        Jdbc.update(
                store,
                "INSERT INTO territory (code, kind, name, population, cog_year, zone, departement_code, region_code)"
                        + " SELECT ? || lpad(i::VARCHAR, 3, '0'), 'commune', 'Commune ' || i, ?, 2026, 'metro', ?, ?"
                        + " FROM range(?) t(i)",
                departement,
                population,
                "DEP-" + departement,
                "REG-" + region,
                count);
        Jdbc.update(
                store,
                "INSERT INTO territory (code, kind, name, population, cog_year, zone, departement_code, region_code)"
                        + " VALUES (?, 'departement', 'Département ' || ?, ?, 2026, 'metro', NULL, ?)",
                "DEP-" + departement,
                departement,
                population * count,
                "REG-" + region);
    }

    /**
     * A synthetic registry shaped like Provence-Alpes-Côte d'Azur (946 communes, 50 EPCI, 6
     * départements, région REG-93), for benchmarks: sizes, not names, are realistic.
     */
    public static void insertPacaLike(Store store) {
        insertCategoryRules(store);
        Jdbc.update(
                store,
                "INSERT INTO territory (code, kind, name, population, cog_year, zone, region_code)"
                        + " VALUES ('REG-93', 'region', 'Provence-Alpes-Côte d''Azur', 5127840, 2026, 'metro', NULL)");
        Jdbc.update(
                store,
                "INSERT INTO territory (code, kind, name, population, cog_year, zone, region_code)"
                        + " SELECT 'DEP-' || d, 'departement', 'Département ' || d, 850000, 2026, 'metro', 'REG-93'"
                        + " FROM unnest(['04', '05', '06', '13', '83', '84']) t(d)");
        Jdbc.update(
                store,
                "INSERT INTO territory (code, kind, epci_type, name, population, cog_year, zone, departement_code, region_code)"
                        + " SELECT '2000000' || lpad(j::VARCHAR, 2, '0'), 'epci',"
                        + " CASE WHEN j < 3 THEN 'MET' WHEN j < 17 THEN 'CA' ELSE 'CC' END, 'Intercommunalité ' || j,"
                        + " CASE WHEN j < 3 THEN 1000000 WHEN j < 17 THEN 120000 ELSE 25000 END, 2026, 'metro',"
                        + " 'DEP-' || ['04', '05', '06', '13', '83', '84'][j % 6 + 1], 'REG-93' FROM range(50) t(j)");
        Jdbc.update(
                store,
                "INSERT INTO territory (code, kind, name, population, cog_year, zone, epci_code, departement_code, region_code)"
                        + " SELECT ['04', '05', '06', '13', '83', '84'][i % 6 + 1] || lpad(i::VARCHAR, 3, '0'), 'commune',"
                        + " 'Commune ' || i,"
                        + " CASE WHEN i < 4 THEN [870000, 350000, 180000, 147000][i + 1]"
                        + " ELSE round(150 * pow(400, pow(((i * 7919) % 10007) / 10007.0, 2.2))) END,"
                        + " 2026, 'metro', '2000000' || lpad((i % 50)::VARCHAR, 2, '0'),"
                        + " 'DEP-' || ['04', '05', '06', '13', '83', '84'][i % 6 + 1], 'REG-93' FROM range(946) t(i)");
    }
}
