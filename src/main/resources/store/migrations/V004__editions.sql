-- Editions: the palmarès of a period published together (every KPI, view, network and category),
-- what the web site and the API show, with the rank intervals computed at publication.

-- One published edition per period and methodology version; republishing replaces it.
CREATE TABLE edition (
    period              VARCHAR NOT NULL,
    methodology_version VARCHAR NOT NULL,
    published_at        TIMESTAMP NOT NULL,
    simulated           BOOLEAN NOT NULL,     -- any ranked value computed from simulated data
    resamples           INTEGER NOT NULL,     -- bootstrap resamples behind ranking_interval (0: none)
    seed                BIGINT NOT NULL,
    PRIMARY KEY (period, methodology_version)
);

-- The bootstrap interval of a stored rank (ranking table), when one was computed at publication.
CREATE TABLE ranking_interval (
    period               VARCHAR NOT NULL,
    methodology_version  VARCHAR NOT NULL,
    category             VARCHAR NOT NULL,
    kpi                  VARCHAR NOT NULL,   -- a KPI id, or composite | size-adjusted
    network              VARCHAR NOT NULL,
    view                 VARCHAR NOT NULL,   -- raw | composite | size-adjusted
    territory_code       VARCHAR NOT NULL,
    rank_low             INTEGER NOT NULL,
    rank_high            INTEGER NOT NULL,
    method               VARCHAR NOT NULL,   -- what was resampled: posts, days, posts and days, territories of the fit
    PRIMARY KEY (period, methodology_version, category, kpi, network, view, territory_code)
);

-- Where a palmarès being stored is appended before it replaces the stored one in one statement:
-- upserting is fast where deleting and re-inserting the same keys in one transaction makes DuckDB's
-- commit crawl. Empty outside a transaction.
CREATE TABLE ranking_staging AS SELECT * FROM ranking LIMIT 0;
CREATE TABLE ranking_interval_staging AS SELECT * FROM ranking_interval LIMIT 0;
