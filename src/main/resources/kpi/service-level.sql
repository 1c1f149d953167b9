-- KPI service-level — Vigie methodology 1.1 (docs/methodology.md).
-- Share (%) of the citizens' comments published in the period under the account's posts that got a
-- reply from the account within 7 days (168 h): a comment with from_account = true whose
-- parent_comment_id is the citizen comment's id, same network (the reply rule of response-time.sql).
-- Reactions of the account (a like on the comment) are not collected and do not count. Accounts
-- without citizens' comments in the period get no row. A territory pools the comments of its
-- official accounts.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/service-level.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Territories aggregate their role = 'official' accounts.
WITH citizen_comment AS (
    SELECT c.network, c.comment_id, c.published_at, p.account_id, c.simulated OR p.simulated AS simulated
      FROM comment c
      JOIN post p USING (network, post_id)
     WHERE NOT c.from_account
       AND c.published_at >= getvariable('period_start')
       AND c.published_at < getvariable('period_end')
), answered AS (
    SELECT q.network, q.comment_id, bool_or(r.simulated) AS simulated
      FROM citizen_comment q
      JOIN comment r ON r.network = q.network AND r.parent_comment_id = q.comment_id
     WHERE r.from_account
       AND r.published_at >= q.published_at
       AND r.published_at <= q.published_at + INTERVAL 168 HOUR
     GROUP BY q.network, q.comment_id
), by_comment AS (
    SELECT a.account_id, a.territory_code, a.network, a.role, s.comment_id IS NOT NULL AS answered,
           a.simulated OR q.simulated OR coalesce(s.simulated, false) AS simulated
      FROM citizen_comment q
      JOIN account a USING (account_id)
      LEFT JOIN answered s ON s.network = q.network AND s.comment_id = q.comment_id
)
SELECT 'account' AS scope, account_id AS subject, network,
       count(*) FILTER (WHERE answered) * 100.0 / count(*) AS value, bool_or(simulated) AS simulated
  FROM by_comment
 GROUP BY account_id, network
UNION ALL
SELECT 'territory', territory_code, coalesce(network, 'all'),
       count(*) FILTER (WHERE answered) * 100.0 / count(*), bool_or(simulated)
  FROM by_comment
 WHERE role = 'official'
 GROUP BY GROUPING SETS ((territory_code, network), (territory_code));
