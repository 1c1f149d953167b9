-- KPI daily-engagement — Vigie methodology 1.0 (docs/methodology.md).
-- Mean, over the days of the period (Europe/Paris days) that have a follower count, of
-- (interactions of the posts published that day / followers that day) x 100. Followers of a day =
-- its last snapshot of that day. Interactions as in engagement-rate.sql. A territory sums the
-- interactions and the followers of its official accounts day by day. NULL when nothing was posted
-- in the period (a day without posts counts as 0 only when the subject posted on other days).
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/daily-engagement.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Territories aggregate their role = 'official' accounts.
WITH period_post AS (
    SELECT network, post_id, account_id, simulated,
           ((published_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::DATE AS day
      FROM post
     WHERE published_at >= getvariable('period_start')
       AND published_at < getvariable('period_end')
), post_interactions AS (
    SELECT p.account_id, p.day,
           arg_max(coalesce(m.likes, 0) + coalesce(m.comments, 0) + coalesce(m.shares, 0)
                   + coalesce(m.quotes, 0) + coalesce(m.saves, 0), m.observed_at) AS interactions,
           bool_or(p.simulated OR m.simulated) AS simulated
      FROM period_post p
      JOIN post_metric m ON m.network = p.network AND m.post_id = p.post_id
     GROUP BY p.account_id, p.day, p.network, p.post_id
), day_interactions AS (
    SELECT account_id, day, sum(interactions) AS interactions, bool_or(simulated) AS simulated
      FROM post_interactions
     GROUP BY account_id, day
), day_followers AS (
    SELECT account_id, ((observed_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')::DATE AS day,
           arg_max(followers, observed_at) AS followers, bool_or(simulated) AS simulated
      FROM account_snapshot
     WHERE observed_at >= getvariable('period_start')
       AND observed_at < getvariable('period_end')
       AND followers IS NOT NULL
     GROUP BY account_id, day
), account_day AS (
    SELECT f.account_id, a.territory_code, a.network, a.role, f.day, f.followers,
           coalesce(i.interactions, 0) AS interactions, i.account_id IS NOT NULL AS posted,
           f.simulated OR coalesce(i.simulated, false) OR a.simulated AS simulated
      FROM day_followers f
      JOIN account a USING (account_id)
      LEFT JOIN day_interactions i USING (account_id, day)
), territory_day AS (
    SELECT territory_code, coalesce(network, 'all') AS network, day,
           sum(interactions) / nullif(sum(followers), 0) AS ratio,
           bool_or(posted) AS posted, bool_or(simulated) AS simulated
      FROM account_day
     WHERE role = 'official'
     GROUP BY GROUPING SETS ((territory_code, network, day), (territory_code, day))
)
SELECT 'account' AS scope, account_id AS subject, network,
       CASE WHEN bool_or(posted) THEN avg(interactions / nullif(followers, 0)) * 100 END AS value,
       bool_or(simulated) AS simulated
  FROM account_day
 GROUP BY account_id, network
UNION ALL
SELECT 'territory', territory_code, network,
       CASE WHEN bool_or(posted) THEN avg(ratio) * 100 END, bool_or(simulated)
  FROM territory_day
 GROUP BY territory_code, network;
