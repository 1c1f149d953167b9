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
WITH paris_day AS (
    -- the Paris days around the period with their first instant in UTC: a timestamp t falls on
    -- Paris day D = (t + 2 hours)::DATE, or on the day before when t is before D's first instant
    -- (Paris is UTC+1 or UTC+2); an equality join is much faster than a time-zone conversion per row
    SELECT d::DATE AS day, (d AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'UTC' AS utc_start
      FROM generate_series(date_trunc('day', getvariable('period_start')) - INTERVAL 1 DAY,
                           getvariable('period_end') + INTERVAL 2 DAY, INTERVAL 1 DAY) g(d)
), period_post AS (
    SELECT p.network, p.post_id, p.account_id, p.simulated,
           CASE WHEN p.published_at >= d.utc_start THEN d.day ELSE d.day - 1 END AS day
      FROM post p
      JOIN paris_day d ON d.day = (p.published_at + INTERVAL 2 HOUR)::DATE
     WHERE p.published_at >= getvariable('period_start')
       AND p.published_at < getvariable('period_end')
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
    SELECT p.account_id, p.day, l.interactions, p.simulated OR l.simulated AS simulated
      FROM period_post p
      JOIN latest_metric l USING (network, post_id)
), day_interactions AS (
    SELECT account_id, day, sum(interactions) AS interactions, bool_or(simulated) AS simulated
      FROM post_interactions
     GROUP BY account_id, day
), day_followers AS (
    SELECT s.account_id, CASE WHEN s.observed_at >= d.utc_start THEN d.day ELSE d.day - 1 END AS day,
           arg_max(s.followers, s.observed_at) AS followers, bool_or(s.simulated) AS simulated
      FROM account_snapshot s
      JOIN paris_day d ON d.day = (s.observed_at + INTERVAL 2 HOUR)::DATE
     WHERE s.observed_at >= getvariable('period_start')
       AND s.observed_at < getvariable('period_end')
       AND s.followers IS NOT NULL
     GROUP BY ALL
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
