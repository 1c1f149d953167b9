-- KPI presence-breadth — Vigie methodology 1.0 (docs/methodology.md).
-- Number of networks where the territory has an official account that is active: at least one
-- post in the 30 days (Europe/Paris days) before the end of the period. Territory rows, network
-- 'all' only; a territory whose official accounts were observed but silent gets 0.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/presence-breadth.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Territories aggregate their role = 'official' accounts.
WITH window_bounds AS (
    -- the 30 Paris days before the end of the period, as UTC timestamps
    SELECT ((((getvariable('period_end') AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris') - INTERVAL 30 DAY)
              AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'UTC' AS window_start,
           getvariable('period_end') AS window_end
), window_posts AS (
    SELECT p.account_id, count(*) AS posts, bool_or(p.simulated) AS simulated
      FROM post p, window_bounds w
     WHERE p.published_at >= w.window_start AND p.published_at < w.window_end
     GROUP BY p.account_id
), window_snapshots AS (
    SELECT DISTINCT s.account_id
      FROM account_snapshot s, window_bounds w
     WHERE s.observed_at >= w.window_start AND s.observed_at < w.window_end
), by_account AS (
    -- accounts observed in the window: a snapshot or a post; the others get no value rather than 0
    SELECT a.account_id, a.territory_code, a.network, a.role, coalesce(p.posts, 0) AS posts,
           a.simulated OR coalesce(p.simulated, false) AS simulated
      FROM account a
      LEFT JOIN window_posts p USING (account_id)
     WHERE p.account_id IS NOT NULL OR a.account_id IN (SELECT account_id FROM window_snapshots)
)
SELECT 'territory' AS scope, territory_code AS subject, 'all' AS network,
       count(DISTINCT network) FILTER (WHERE posts > 0)::DOUBLE AS value, bool_or(simulated) AS simulated
  FROM by_account
 WHERE role = 'official'
 GROUP BY territory_code;
