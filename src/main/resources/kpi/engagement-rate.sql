-- KPI engagement-rate — Vigie methodology 1.0 (docs/methodology.md).
-- Account: sum of the interactions of the posts published in the period / number of those posts /
-- mean followers over the period (mean of the snapshots taken in the period) x 100.
-- Territory: mean over all posts of its official accounts of (post interactions / mean followers of
-- its account over the period) x 100, which equals the account formula for a single account.
-- Interactions of a post = likes + comments + shares + quotes + saves (missing counts as 0) at its
-- latest metric observation; posts never observed are left out. NULL without posts or followers.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/engagement-rate.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Territories aggregate their role = 'official' accounts.
WITH period_post AS (
    SELECT network, post_id, account_id, simulated
      FROM post
     WHERE published_at >= getvariable('period_start')
       AND published_at < getvariable('period_end')
), latest_metric AS (
    -- interactions of every post at its latest observation; observations before the period cannot
    -- belong to a post published in it
    SELECT m.network, m.post_id,
           arg_max(coalesce(m.likes, 0) + coalesce(m.comments, 0) + coalesce(m.shares, 0)
                   + coalesce(m.quotes, 0) + coalesce(m.saves, 0), m.observed_at) AS interactions,
           bool_or(m.simulated) AS simulated
      FROM post_metric m
     WHERE m.observed_at >= getvariable('period_start')
     GROUP BY m.network, m.post_id
), post_interactions AS (
    SELECT p.account_id, l.interactions, p.simulated OR l.simulated AS simulated
      FROM period_post p
      JOIN latest_metric l USING (network, post_id)
), period_followers AS (
    SELECT account_id, avg(followers) AS mean_followers, bool_or(simulated) AS simulated
      FROM account_snapshot
     WHERE observed_at >= getvariable('period_start')
       AND observed_at < getvariable('period_end')
       AND followers IS NOT NULL
     GROUP BY account_id
), post_ratio AS (
    -- one row per post (ratio = its interactions / mean followers of its account), or one row
    -- with a NULL ratio for an account observed in the period that published nothing
    SELECT a.account_id, a.territory_code, a.network, a.role,
           i.interactions / nullif(f.mean_followers, 0) AS ratio,
           a.simulated OR coalesce(i.simulated, false) OR coalesce(f.simulated, false) AS simulated
      FROM account a
      LEFT JOIN period_followers f USING (account_id)
      LEFT JOIN post_interactions i USING (account_id)
     WHERE f.account_id IS NOT NULL OR i.account_id IS NOT NULL
)
SELECT 'account' AS scope, account_id AS subject, network, avg(ratio) * 100 AS value, bool_or(simulated) AS simulated
  FROM post_ratio
 GROUP BY account_id, network
UNION ALL
SELECT 'territory', territory_code, coalesce(network, 'all'), avg(ratio) * 100, bool_or(simulated)
  FROM post_ratio
 WHERE role = 'official'
 GROUP BY GROUPING SETS ((territory_code, network), (territory_code));
