package fr.vigie.web.territory;

import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;

/**
 * A small simulated store for the territory and map pages: two régions (one overseas), three
 * départements, five communes of one category with two months of KPI values, and one Marseille
 * account whose best October post contains a script tag.
 */
public final class TerritoryWebFixture {
    static final String SQL = """
            INSERT INTO category_rule VALUES (1, 'villes', 'Villes', 'commune', NULL, 10000, 10000000);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year, zone, departement_code, region_code) VALUES
              ('REG-93', 'region', 'Provence-Alpes-Côte d’Azur', 5100000, 2022, 2026, 'metro', NULL, NULL),
              ('REG-01', 'region', 'Guadeloupe', 380000, 2022, 2026, 'drom', NULL, NULL),
              ('DEP-13', 'departement', 'Bouches-du-Rhône', 2040000, 2022, 2026, 'metro', 'DEP-13', 'REG-93'),
              ('DEP-83', 'departement', 'Var', 1090000, 2022, 2026, 'metro', 'DEP-83', 'REG-93'),
              ('DEP-971', 'departement', 'Guadeloupe', 380000, 2022, 2026, 'drom', 'DEP-971', 'REG-01'),
              ('13055', 'commune', 'Marseille', 870000, 2022, 2026, 'metro', 'DEP-13', 'REG-93'),
              ('13001', 'commune', 'Aix-en-Provence', 145000, 2022, 2026, 'metro', 'DEP-13', 'REG-93'),
              ('13004', 'commune', 'Arles', 50000, 2022, 2026, 'metro', 'DEP-13', 'REG-93'),
              ('83137', 'commune', 'Toulon', 180000, 2022, 2026, 'metro', 'DEP-83', 'REG-93'),
              ('83069', 'commune', 'Hyères', 55000, 2022, 2026, 'metro', 'DEP-83', 'REG-93');
            INSERT INTO kpi_value (kpi, methodology_version, period, scope, subject, network, value, population_millesime, simulated, computed_at)
            SELECT k.kpi, '1.1', p.period, 'territory', t.code, 'all',
                   (abs(hash(t.code || k.kpi || p.period)) % 1000) / 10.0 + 1, 2022, true, TIMESTAMP '2026-11-01 00:00:00'
              FROM territory t,
                   (VALUES ('audience'), ('audience-per-1000'), ('engagement-rate'), ('posts-per-day'),
                           ('followers-per-following'), ('presence-breadth'), ('response-time'),
                           ('participation-per-1000'), ('growth')) k(kpi),
                   (VALUES ('2026-09'), ('2026-10')) p(period);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year, zone, departement_code, region_code)
            VALUES ('13100', 'commune', 'Saint-Rémy-de-Provence', 10000, 2022, 2026, 'metro', 'DEP-13', 'REG-93');
            INSERT INTO account (account_id, territory_code, network, platform_id, handle, url, display_name, role, status, source, simulated)
            VALUES ('instagram:1', '13055', 'instagram', '1', 'marseille', NULL, 'Ville de Marseille', 'official', 'active', 'test', true);
            INSERT INTO post (network, post_id, account_id, published_at, type, text, url, source, simulated)
            SELECT 'instagram', 'p' || i, 'instagram:1', TIMESTAMP '2026-10-01 10:00:00' + INTERVAL (i) DAY, 'photo',
                   CASE WHEN i = 6 THEN '<script>alert("x")</script> Fête du quartier' ELSE 'Conseil municipal ' || i END,
                   CASE WHEN i = 6 THEN 'https://www.instagram.com/p/abc/' ELSE NULL END, 'test', true
              FROM range(1, 7) r(i);
            INSERT INTO post_metric (network, post_id, observed_at, likes, comments, shares, quotes, saves, views, source, simulated)
            SELECT 'instagram', 'p' || i, TIMESTAMP '2026-10-02 10:00:00' + INTERVAL (i) DAY,
                   CASE WHEN i = 6 THEN 500 ELSE 90 + i END, 0, 0, 0, 0, NULL, 'test', true
              FROM range(1, 7) r(i);
            """;

    private TerritoryWebFixture() {}

    public static Store store() {
        Store store = Store.inMemory();
        KpiFixtures.execute(store, SQL);
        return store;
    }
}
