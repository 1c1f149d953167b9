-- Post overperformance — Vigie methodology 1.1 (docs/methodology.md, "Overperformance of a post").
-- For every post of an official account published in the period and measured at the chosen age:
--   actual   = its interactions (likes + comments + shares + quotes + saves) at the observation
--              nearest to post_age_hours after publication, within ± age_tolerance_hours;
--   expected = the interquartile mean of the same measure over the account's previous 100 measured
--              posts of the same type: sorted, the lowest and highest floor(n / 4) dropped, the rest
--              averaged (n = 100 keeps the middle 50);
--   overperformance = actual / expected when actual >= expected, -expected / actual below it,
--              -2 x expected at zero interactions; NULL with fewer than 5 previous posts or an
--              expectation of 0.
-- Posts without an observation near that age are left out (no fallback to another age).
--
-- Run it as-is in the DuckDB CLI on a Vigie store (October 2026, Europe/Paris):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   SET VARIABLE post_age_hours = 24;          -- optional, default 24
--   SET VARIABLE age_tolerance_hours = 6;      -- optional, default 6
--   SET VARIABLE category = 'grandes-villes';  -- optional, default every category
--   SET VARIABLE network = 'instagram';        -- optional, default every network
--   SET VARIABLE territory = '13055';          -- optional, default every territory (a post is
--                                              -- compared with its own account's history only,
--                                              -- so one territory's scores are the same as in all)
--   .read src/main/resources/kpi/posts/overperformance.sql
-- Returns one row per measured post of the period, best first.
WITH params AS (
    SELECT coalesce(getvariable('post_age_hours'), 24)::DOUBLE * 3600 AS age_s,
           coalesce(getvariable('age_tolerance_hours'), 6)::DOUBLE * 3600 AS tolerance_s
), scope_post AS (
    -- the posts that can be scored and their history: official accounts of the category and network
    SELECT p.network, p.post_id, p.account_id, p.type, p.published_at, p.url, p.simulated OR a.simulated AS simulated,
           a.territory_code, c.category
      FROM post p
      JOIN account a USING (account_id)
      JOIN territory_category c ON c.code = a.territory_code
     WHERE p.published_at < getvariable('period_end')
       AND a.role = 'official'
       AND (getvariable('category') IS NULL OR c.category = getvariable('category'))
       AND (getvariable('network') IS NULL OR p.network = getvariable('network'))
       AND (getvariable('territory') IS NULL OR a.territory_code = getvariable('territory'))
), measured AS (
    SELECT s.network, s.post_id, s.account_id, s.type, s.published_at, s.url, s.territory_code, s.category,
           arg_min(coalesce(m.likes, 0) + coalesce(m.comments, 0) + coalesce(m.shares, 0)
                   + coalesce(m.quotes, 0) + coalesce(m.saves, 0),
                   abs(date_diff('second', s.published_at, m.observed_at) - x.age_s)) AS interactions,
           arg_min(date_diff('second', s.published_at, m.observed_at),
                   abs(date_diff('second', s.published_at, m.observed_at) - x.age_s)) / 3600.0 AS age_hours,
           bool_or(s.simulated OR m.simulated) AS simulated
      FROM scope_post s
      JOIN post_metric m USING (network, post_id)
      CROSS JOIN params x
     WHERE abs(date_diff('second', s.published_at, m.observed_at) - x.age_s) <= x.tolerance_s
     GROUP BY ALL
), numbered AS (
    SELECT *, row_number() OVER (PARTITION BY account_id, type ORDER BY published_at, post_id) AS n
      FROM measured
), baseline AS (
    SELECT s.network, s.post_id, count(h.post_id) AS baseline_posts,
           list(h.interactions) FILTER (WHERE h.post_id IS NOT NULL) AS history,
           bool_or(coalesce(h.simulated, false)) AS simulated
      FROM numbered s
      LEFT JOIN numbered h ON h.account_id = s.account_id AND h.type = s.type AND h.n BETWEEN s.n - 100 AND s.n - 1
     WHERE s.published_at >= getvariable('period_start')
     GROUP BY s.network, s.post_id
), scored AS (
    SELECT s.*, b.baseline_posts,
           CASE WHEN b.baseline_posts >= 5
                THEN list_avg(list_slice(list_sort(b.history), b.baseline_posts // 4 + 1,
                                         b.baseline_posts - b.baseline_posts // 4)) END AS expected,
           s.simulated OR b.simulated AS any_simulated
      FROM numbered s
      JOIN baseline b USING (network, post_id)
)
SELECT sc.network, sc.post_id, sc.account_id, sc.territory_code, t.name AS territory_name, sc.category, sc.type,
       sc.published_at, sc.url, sc.age_hours, sc.interactions, sc.expected, sc.baseline_posts,
       CASE WHEN sc.expected IS NULL OR sc.expected = 0 THEN NULL
            WHEN sc.interactions = 0 THEN -2 * sc.expected
            WHEN sc.interactions >= sc.expected THEN sc.interactions / sc.expected
            ELSE -sc.expected / sc.interactions END AS overperformance,
       t.population_millesime, sc.any_simulated AS simulated
  FROM scored sc
  JOIN territory t ON t.code = sc.territory_code
 ORDER BY overperformance DESC NULLS LAST, sc.interactions DESC, sc.network, sc.post_id;
