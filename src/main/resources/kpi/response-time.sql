-- KPI response-time — Vigie methodology 1.1 (docs/methodology.md).
-- Median delay, in hours, between a citizen's comment published in the period under a post of the
-- account and the account's first reply to it. A reply is a comment with from_account = true whose
-- parent_comment_id is the citizen comment's id (same network), published within 7 days (168 h)
-- after it; replies posted directly under the post (not threaded) cannot be attributed to one
-- comment and do not count. The median interpolates between the two middle delays for an even
-- count. NULL when no comment of the period was answered. A territory takes the median over the
-- comments of all its official accounts.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/response-time.sql
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
), first_reply AS (
    SELECT q.network, q.comment_id, min(r.published_at) AS replied_at, bool_or(r.simulated) AS simulated
      FROM citizen_comment q
      JOIN comment r ON r.network = q.network AND r.parent_comment_id = q.comment_id
     WHERE r.from_account
       AND r.published_at >= q.published_at
       AND r.published_at <= q.published_at + INTERVAL 168 HOUR
     GROUP BY q.network, q.comment_id
), by_comment AS (
    SELECT a.account_id, a.territory_code, a.network, a.role,
           date_diff('second', q.published_at, f.replied_at) / 3600.0 AS delay_hours,
           a.simulated OR q.simulated OR coalesce(f.simulated, false) AS simulated
      FROM citizen_comment q
      JOIN account a USING (account_id)
      LEFT JOIN first_reply f ON f.network = q.network AND f.comment_id = q.comment_id
)
SELECT 'account' AS scope, account_id AS subject, network, median(delay_hours) AS value,
       bool_or(simulated) AS simulated
  FROM by_comment
 GROUP BY account_id, network
UNION ALL
SELECT 'territory', territory_code, coalesce(network, 'all'), median(delay_hours), bool_or(simulated)
  FROM by_comment
 WHERE role = 'official'
 GROUP BY GROUPING SETS ((territory_code, network), (territory_code));
