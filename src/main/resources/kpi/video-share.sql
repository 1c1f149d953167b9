-- KPI video-share — Vigie methodology 1.1 (docs/methodology.md).
-- Share (%) of the posts published in the period whose type is video, reel or live. Accounts with
-- a snapshot in the period but no post get a NULL value (no share of nothing); accounts with
-- neither get no row. A territory pools the posts of its official accounts.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/video-share.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Territories aggregate their role = 'official' accounts.
WITH period_posts AS (
    SELECT account_id, count(*) AS posts,
           count(*) FILTER (WHERE type IN ('video', 'reel', 'live')) AS videos,
           bool_or(simulated) AS simulated
      FROM post
     WHERE published_at >= getvariable('period_start')
       AND published_at < getvariable('period_end')
     GROUP BY account_id
), period_snapshots AS (
    SELECT DISTINCT account_id
      FROM account_snapshot
     WHERE observed_at >= getvariable('period_start')
       AND observed_at < getvariable('period_end')
), by_account AS (
    SELECT a.account_id, a.territory_code, a.network, a.role, p.posts, p.videos,
           a.simulated OR coalesce(p.simulated, false) AS simulated
      FROM account a
      LEFT JOIN period_posts p USING (account_id)
     WHERE p.account_id IS NOT NULL OR a.account_id IN (SELECT account_id FROM period_snapshots)
)
SELECT 'account' AS scope, account_id AS subject, network, videos * 100.0 / nullif(posts, 0) AS value, simulated
  FROM by_account
UNION ALL
SELECT 'territory', territory_code, coalesce(network, 'all'), sum(videos) * 100.0 / nullif(sum(posts), 0),
       bool_or(simulated)
  FROM by_account
 WHERE role = 'official'
 GROUP BY GROUPING SETS ((territory_code, network), (territory_code));
