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
), account_posts AS (
    SELECT p.account_id, sum(l.interactions) AS interactions, count(*) AS posts,
           bool_or(p.simulated OR l.simulated) AS simulated
      FROM period_post p
      JOIN latest_metric l USING (network, post_id)
     GROUP BY p.account_id
), period_followers AS (
    SELECT account_id, avg(followers) AS mean_followers, bool_or(simulated) AS simulated
      FROM account_snapshot
     WHERE observed_at >= getvariable('period_start')
       AND observed_at < getvariable('period_end')
       AND followers IS NOT NULL
     GROUP BY account_id
), by_account AS (
    -- accounts observed in the period: with posts, snapshots or both
    SELECT a.account_id, a.territory_code, a.network, a.role, p.interactions, p.posts, f.mean_followers,
           a.simulated OR coalesce(p.simulated, false) OR coalesce(f.simulated, false) AS simulated
      FROM account a
      LEFT JOIN account_posts p USING (account_id)
      LEFT JOIN period_followers f USING (account_id)
     WHERE p.account_id IS NOT NULL OR f.account_id IS NOT NULL
)
SELECT 'account' AS scope, account_id AS subject, network,
       interactions / posts / nullif(mean_followers, 0) * 100 AS value, simulated
  FROM by_account
UNION ALL
-- mean over the posts of (interactions / mean followers of the post's account)
--   = sum over accounts of (interactions / mean followers) / sum over accounts of posts,
-- counting only accounts with a follower count, so that numerator and denominator match
SELECT 'territory', territory_code, coalesce(network, 'all'),
       sum(interactions / nullif(mean_followers, 0)) / sum(posts) FILTER (WHERE mean_followers > 0) * 100,
       bool_or(simulated)
  FROM by_account
 WHERE role = 'official'
 GROUP BY GROUPING SETS ((territory_code, network), (territory_code));
