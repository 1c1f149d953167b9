-- KPI contributors — Vigie methodology 1.1 (docs/methodology.md).
-- Distinct authors (pseudonyms) of the citizens' public posts carrying the territory's hashtags
-- published in the period (table citizen_post). The literal author 'unknown' (Instagram hashtag
-- search does not give authors) is not a contributor; its posts still count in
-- participation-per-1000. Territory rows only, per network and 'all' (an author is the same person
-- only within one network: pseudonyms are per network, so 'all' sums the networks). A territory
-- with registered hashtags but no citizen post in the period gets 0 on 'all'.
--
-- Run it as-is in the DuckDB CLI on a Vigie store; the period bounds are TIMESTAMPs in UTC,
-- start inclusive, end exclusive (here October 2026 in Europe/Paris time):
--   duckdb vigie-data/vigie.duckdb
--   SET VARIABLE period_start = TIMESTAMP '2026-09-30 22:00:00';
--   SET VARIABLE period_end   = TIMESTAMP '2026-10-31 23:00:00';
--   .read src/main/resources/kpi/contributors.sql
-- Returns one row per subject: scope ('account' | 'territory'), subject (account_id | territory
-- code), network (a network id, or 'all' for every network of a territory), value, simulated
-- (true when any input row is simulated). Citizens' posts belong to the territory, not to an account.
WITH period_authors AS (
    SELECT territory_code, network,
           count(DISTINCT author_pseudonym) FILTER (WHERE author_pseudonym <> 'unknown') AS authors,
           bool_or(simulated) AS simulated
      FROM citizen_post
     WHERE published_at >= getvariable('period_start')
       AND published_at < getvariable('period_end')
     GROUP BY territory_code, network
), by_network AS (
    SELECT territory_code, network, authors, simulated FROM period_authors
    UNION ALL
    SELECT territory_code, NULL, 0, bool_or(simulated)
      FROM territory_hashtag
     GROUP BY territory_code
), by_territory AS (
    SELECT territory_code, coalesce(network, 'all') AS network_or_all, sum(authors) AS authors,
           bool_or(simulated) AS simulated
      FROM by_network
     GROUP BY GROUPING SETS ((territory_code, network), (territory_code))
    HAVING network IS NOT NULL OR GROUPING(network) = 1
)
SELECT 'territory' AS scope, territory_code AS subject, network_or_all AS network, authors::DOUBLE AS value,
       simulated
  FROM by_territory;
