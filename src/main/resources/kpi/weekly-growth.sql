-- KPI weekly-growth — Vigie methodology 1.0 (docs/methodology.md).
-- ((F_end / F_start) ^ (1 / weeks) - 1) x 100, weeks = time between the first and last snapshots
-- of the period in days / 7 (500 -> 2,000 in 14 days = 100 % a week). A territory sums F_start and
-- F_end over its official accounts with two snapshots or more and spans from the earliest first to
-- the latest last snapshot. NULL with fewer than two snapshots or when F_start is 0.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/weekly-growth.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Territories aggregate their role = 'official' accounts.
WITH account_span AS (
    SELECT account_id, min(observed_at) AS first_at, max(observed_at) AS last_at,
           arg_min(followers, observed_at) AS f_start, arg_max(followers, observed_at) AS f_end,
           count(*) AS snapshots, bool_or(simulated) AS simulated
      FROM account_snapshot
     WHERE observed_at >= getvariable('period_start')
       AND observed_at < getvariable('period_end')
       AND followers IS NOT NULL
     GROUP BY account_id
), by_account AS (
    SELECT s.account_id, a.territory_code, a.network, a.role, s.first_at, s.last_at, s.snapshots,
           s.f_start::DOUBLE AS f_start, s.f_end::DOUBLE AS f_end, s.simulated OR a.simulated AS simulated
      FROM account_span s
      JOIN account a USING (account_id)
), territory_span AS (
    -- only accounts with two snapshots or more, so that a territory compares like with like
    SELECT territory_code, coalesce(network, 'all') AS network, min(first_at) AS first_at,
           max(last_at) AS last_at, sum(f_start) AS f_start, sum(f_end) AS f_end, bool_or(simulated) AS simulated
      FROM by_account
     WHERE role = 'official' AND snapshots >= 2
     GROUP BY GROUPING SETS ((territory_code, network), (territory_code))
)
SELECT 'account' AS scope, account_id AS subject, network,
       CASE WHEN snapshots >= 2 AND f_start > 0
            THEN (pow(f_end / f_start, 604800.0 / date_diff('second', first_at, last_at)) - 1) * 100 END AS value,
       simulated
  FROM by_account
UNION ALL
SELECT 'territory', territory_code, network,
       CASE WHEN f_start > 0 AND last_at > first_at
            THEN (pow(f_end / f_start, 604800.0 / date_diff('second', first_at, last_at)) - 1) * 100 END,
       simulated
  FROM territory_span;
