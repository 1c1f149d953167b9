-- KPI participation-per-1000 — Vigie methodology 1.1 (docs/methodology.md).
-- Citizens' public posts carrying one of the territory's hashtags (table citizen_post, attributed
-- to a territory at collection or import) published in the period, per 1,000 inhabitants.
-- Territory rows only, per network and 'all'. A territory with registered hashtags
-- (territory_hashtag) but no citizen post in the period gets 0 on 'all'; a territory without
-- hashtags and without posts was not searched and gets no row. NULL when the population is
-- unknown or zero.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/participation-per-1000.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Citizens' posts belong to the territory, not to an account.
WITH period_posts AS (
    SELECT territory_code, network, count(*) AS posts, bool_or(simulated) AS simulated
      FROM citizen_post
     WHERE published_at >= getvariable('period_start')
       AND published_at < getvariable('period_end')
     GROUP BY territory_code, network
), by_network AS (
    SELECT territory_code, network, posts, simulated FROM period_posts
    UNION ALL
    -- territories searched through their hashtags: 0 posts is a measured value
    SELECT territory_code, NULL, 0, bool_or(simulated)
      FROM territory_hashtag
     GROUP BY territory_code
), by_territory AS (
    SELECT territory_code, coalesce(network, 'all') AS network_or_all, sum(posts) AS posts,
           bool_or(simulated) AS simulated
      FROM by_network
     GROUP BY GROUPING SETS ((territory_code, network), (territory_code))
    HAVING network IS NOT NULL OR GROUPING(network) = 1
)
SELECT 'territory' AS scope, b.territory_code AS subject, b.network_or_all AS network,
       b.posts * 1000.0 / nullif(t.population, 0) AS value, b.simulated
  FROM by_territory b
  JOIN territory t ON t.code = b.territory_code;
