package fr.vigie.web.palmares;

import fr.vigie.kpi.KpiService;
import fr.vigie.kpi.Period;
import fr.vigie.ranking.CompositeWeights;
import fr.vigie.ranking.EditionPublisher;
import fr.vigie.store.KpiFixtures;
import fr.vigie.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A store with two published editions (2026-09, 2026-10) of one category of 60 big cities: five with
 * the posts of the ranking's uncertainty fixture (G1…G5, some also ranked in September) and 55 of
 * October only (H1…H55) whose equal engagement makes ties; H1 is named with a script tag and H2 with
 * a spreadsheet formula. Every value is simulated.
 */
public final class PalmaresWebFixture {
    static final String SQL = """
            INSERT INTO category_rule VALUES (1, 'grandes-villes', 'Grandes villes', 'commune', NULL, 100000, NULL);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year, departement_code, region_code) VALUES
              ('REG-93', 'region', 'Provence-Alpes-Côte d’Azur', 5100000, 2022, 2026, NULL, NULL),
              ('DEP-13', 'departement', 'Bouches-du-Rhône', 2040000, 2022, 2026, 'DEP-13', 'REG-93'),
              ('G1', 'commune', 'Gamma', 200000, 2022, 2026, 'DEP-13', 'REG-93'),
              ('G2', 'commune', 'Beta', 100000, 2022, 2026, 'DEP-13', 'REG-93'),
              ('G3', 'commune', 'Alpha', 400000, 2022, 2026, 'DEP-13', 'REG-93'),
              ('G4', 'commune', 'Delta', 150000, 2022, 2026, 'DEP-13', 'REG-93'),
              ('G5', 'commune', 'Epsilon', 120000, 2022, 2026, 'DEP-13', 'REG-93');
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year, departement_code, region_code)
              SELECT 'H' || i, 'commune',
                     CASE i WHEN 1 THEN '<script>alert(1)</script>ville' WHEN 2 THEN '=cmd|'' /C calc''!A0'
                            ELSE 'Ville ' || lpad(i::VARCHAR, 2, '0') END,
                     100000 + i, 2022, 2026, 'DEP-83', 'REG-93'
                FROM range(1, 56) t(i);
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source, simulated)
              SELECT 'instagram:' || lower(code), code, 'instagram', lower(code), 'official', 'active', 't', true
                FROM territory WHERE kind = 'commune';
            INSERT INTO account_snapshot (account_id, observed_at, followers, source, simulated)
              SELECT account_id, TIMESTAMP '2026-10-10 10:00:00', 1000, 't', true FROM account WHERE account_id <> 'instagram:g5';
            INSERT INTO account_snapshot (account_id, observed_at, followers, source, simulated) VALUES
              ('instagram:g1', '2026-09-10 10:00:00', 1000, 't', true), ('instagram:g2', '2026-09-10 10:00:00', 1000, 't', true),
              ('instagram:g5', '2026-09-10 10:00:00', 1000, 't', true);
            INSERT INTO post (network, post_id, account_id, published_at, type, source, simulated)
              SELECT 'instagram', 'g' || a || '-' || i, 'instagram:g' || a,
                     TIMESTAMP '2026-10-02 10:00:00' + to_days(CAST(i AS INTEGER)), 'photo', 't', true
                FROM range(1, 4) x(a), range(20) y(i);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source, simulated)
              SELECT 'instagram', 'g' || a || '-' || i, TIMESTAMP '2026-10-31 12:00:00',
                     CASE a WHEN 1 THEN 50 + (i % 5) * 20 WHEN 2 THEN 31 + (i % 4) * 40 ELSE 10 + (i % 3) END, 't', true
                FROM range(1, 4) x(a), range(20) y(i);
            INSERT INTO post (network, post_id, account_id, published_at, type, source, simulated)
              SELECT 'instagram', 'h' || a || '-' || i, 'instagram:h' || a,
                     TIMESTAMP '2026-10-03 10:00:00' + to_days(CAST(i * 5 AS INTEGER)), 'photo', 't', true
                FROM range(1, 56) x(a), range(5) y(i);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source, simulated)
              SELECT 'instagram', 'h' || a || '-' || i, TIMESTAMP '2026-10-31 12:00:00', 20 + (a % 5) * 10, 't', true
                FROM range(1, 56) x(a), range(5) y(i);
            INSERT INTO post (network, post_id, account_id, published_at, type, source, simulated) VALUES
              ('instagram', 'g4-0', 'instagram:g4', '2026-10-15 10:00:00', 'photo', 't', true),
              ('instagram', 's1', 'instagram:g1', '2026-09-15 10:00:00', 'photo', 't', true),
              ('instagram', 's2', 'instagram:g2', '2026-09-15 10:00:00', 'photo', 't', true),
              ('instagram', 's5', 'instagram:g5', '2026-09-15 10:00:00', 'photo', 't', true);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source, simulated) VALUES
              ('instagram', 'g4-0', '2026-10-31 12:00:00', 500, 't', true),
              ('instagram', 's1', '2026-09-30 12:00:00', 10, 't', true),
              ('instagram', 's2', '2026-09-30 12:00:00', 100, 't', true),
              ('instagram', 's5', '2026-09-30 12:00:00', 50, 't', true);
            """;

    private PalmaresWebFixture() {}

    /** The store with both editions published (20 resamples for the intervals). */
    public static Store store() {
        Store store = Store.inMemory();
        KpiFixtures.execute(store, SQL);
        var clock = Clock.fixed(Instant.parse("2026-11-02T08:00:00Z"), ZoneOffset.UTC);
        var publisher = new EditionPublisher(store, new KpiService(store), CompositeWeights.builtIn(), clock);
        publisher.publish(Period.parse("2026-09"), 20, 1, s -> {});
        publisher.publish(Period.parse("2026-10"), 20, 1, s -> {});
        return store;
    }
}
