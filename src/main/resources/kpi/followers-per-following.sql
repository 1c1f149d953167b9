-- KPI followers-per-following — Vigie methodology 1.1 (docs/methodology.md).
-- Followers divided by following (accounts the account follows), both from the last snapshot with
-- a follower count observed before the end of the period (the snapshot of the audience KPI).
-- NULL when that snapshot has no following count or a following of 0. A territory divides the sum
-- of followers by the sum of following over its official accounts whose following is known and
-- above 0 (the others would add followers without following).
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/followers-per-following.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Territories aggregate their role = 'official' accounts.
WITH last_snapshot AS (
    SELECT account_id,
           arg_max(followers, observed_at) AS followers,
           arg_max(following, observed_at) AS following,
           arg_max(simulated, observed_at) AS simulated
      FROM account_snapshot
     WHERE observed_at < getvariable('period_end')
       AND followers IS NOT NULL
     GROUP BY account_id
), by_account AS (
    SELECT a.account_id, a.territory_code, a.network, a.role, s.followers::DOUBLE AS followers,
           nullif(s.following, 0)::DOUBLE AS following, s.simulated OR a.simulated AS simulated
      FROM account a
      JOIN last_snapshot s USING (account_id)
)
SELECT 'account' AS scope, account_id AS subject, network, followers / following AS value, simulated
  FROM by_account
UNION ALL
SELECT 'territory', territory_code, coalesce(network, 'all'),
       sum(followers) FILTER (WHERE following IS NOT NULL) / sum(following), bool_or(simulated)
  FROM by_account
 WHERE role = 'official'
 GROUP BY GROUPING SETS ((territory_code, network), (territory_code));
