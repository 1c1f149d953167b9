-- KPI inhabitants-per-follower — Vigie methodology 1.0 (docs/methodology.md).
-- Population of the territory divided by its audience (see audience.sql), the inverse of
-- audience-per-1000; NULL when the population or the audience is unknown or zero. Territory rows only.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/inhabitants-per-follower.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Territories aggregate their role = 'official' accounts.
WITH last_snapshot AS (
    SELECT account_id,
           arg_max(followers, observed_at) AS followers,
           arg_max(simulated, observed_at) AS simulated
      FROM account_snapshot
     WHERE observed_at < getvariable('period_end')
       AND followers IS NOT NULL
     GROUP BY account_id
), territory_audience AS (
    SELECT a.territory_code, coalesce(a.network, 'all') AS network, sum(s.followers) AS followers,
           bool_or(s.simulated OR a.simulated) AS simulated
      FROM account a
      JOIN last_snapshot s USING (account_id)
     WHERE a.role = 'official'
     GROUP BY GROUPING SETS ((a.territory_code, a.network), (a.territory_code))
)
SELECT 'territory' AS scope, ta.territory_code AS subject, ta.network,
       nullif(t.population, 0)::DOUBLE / nullif(ta.followers, 0) AS value, ta.simulated
  FROM territory_audience ta
  JOIN territory t ON t.code = ta.territory_code;
