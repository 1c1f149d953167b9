package fr.vigie.ranking;

/**
 * Five big cities with posts in September and October 2026 (1,000 followers each). October
 * engagement: G4 one post of 500 interactions (50 %), G2 20 posts averaging 91 (9.1 %), G1 20 posts
 * averaging 90 (9.0 %), G3 20 posts averaging 11 (1.1 %), G5 no post. September: G2 10 %, G5 5 %,
 * G1 1 %.
 */
public final class UncertaintyFixture {
    public static final String SQL = """
            INSERT INTO category_rule VALUES (1, 'grandes-villes', 'Grandes villes', 'commune', NULL, 100000, NULL);
            INSERT INTO territory (code, kind, name, population, population_millesime, cog_year) VALUES
              ('G1', 'commune', 'Gamma', 200000, 2022, 2026), ('G2', 'commune', 'Beta', 100000, 2022, 2026),
              ('G3', 'commune', 'Alpha', 400000, 2022, 2026), ('G4', 'commune', 'Delta', 150000, 2022, 2026),
              ('G5', 'commune', 'Epsilon', 120000, 2022, 2026);
            INSERT INTO account (account_id, territory_code, network, handle, role, status, source) VALUES
              ('instagram:g1', 'G1', 'instagram', 'g1', 'official', 'active', 't'),
              ('instagram:g2', 'G2', 'instagram', 'g2', 'official', 'active', 't'),
              ('instagram:g3', 'G3', 'instagram', 'g3', 'official', 'active', 't'),
              ('instagram:g4', 'G4', 'instagram', 'g4', 'official', 'active', 't'),
              ('instagram:g5', 'G5', 'instagram', 'g5', 'official', 'active', 't');
            INSERT INTO account_snapshot (account_id, observed_at, followers, source)
              SELECT 'instagram:g' || i, TIMESTAMP '2026-10-10 10:00:00', 1000, 't' FROM range(1, 5) t(i);
            INSERT INTO account_snapshot (account_id, observed_at, followers, source) VALUES
              ('instagram:g1', '2026-09-10 10:00:00', 1000, 't'), ('instagram:g2', '2026-09-10 10:00:00', 1000, 't'),
              ('instagram:g5', '2026-09-10 10:00:00', 1000, 't');
            INSERT INTO post (network, post_id, account_id, published_at, type, source)
              SELECT 'instagram', 'g' || a || '-' || i, 'instagram:g' || a,
                     TIMESTAMP '2026-10-02 10:00:00' + to_days(CAST(i AS INTEGER)), 'photo', 't'
                FROM range(1, 4) x(a), range(20) y(i);
            INSERT INTO post_metric (network, post_id, observed_at, likes, source)
              SELECT 'instagram', 'g' || a || '-' || i, TIMESTAMP '2026-10-31 12:00:00',
                     CASE a WHEN 1 THEN 50 + (i % 5) * 20 WHEN 2 THEN 31 + (i % 4) * 40 ELSE 10 + (i % 3) END, 't'
                FROM range(1, 4) x(a), range(20) y(i);
            INSERT INTO post (network, post_id, account_id, published_at, type, source) VALUES
              ('instagram', 'g4-0', 'instagram:g4', '2026-10-15 10:00:00', 'photo', 't'),
              ('instagram', 's1', 'instagram:g1', '2026-09-15 10:00:00', 'photo', 't'),
              ('instagram', 's2', 'instagram:g2', '2026-09-15 10:00:00', 'photo', 't'),
              ('instagram', 's5', 'instagram:g5', '2026-09-15 10:00:00', 'photo', 't');
            INSERT INTO post_metric (network, post_id, observed_at, likes, source) VALUES
              ('instagram', 'g4-0', '2026-10-31 12:00:00', 500, 't'),
              ('instagram', 's1', '2026-09-30 12:00:00', 10, 't'),
              ('instagram', 's2', '2026-09-30 12:00:00', 100, 't'),
              ('instagram', 's5', '2026-09-30 12:00:00', 50, 't');
            """;

    private UncertaintyFixture() {}
}
