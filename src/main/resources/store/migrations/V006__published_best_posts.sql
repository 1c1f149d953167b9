-- The best posts of each territory for a published edition's period, stored at publication
-- (`vigie publish`) so that a territory page reads a few rows instead of scoring posts: the columns
-- of kpi/posts/overperformance.sql's answer, the territory's best first (place 1), scored posts only.
CREATE TABLE published_best_post (
    period               VARCHAR NOT NULL,
    methodology_version  VARCHAR NOT NULL,
    place                BIGINT NOT NULL,    -- 1 = the territory's best post of the period
    network              VARCHAR NOT NULL,
    post_id              VARCHAR NOT NULL,
    account_id           VARCHAR NOT NULL,
    territory_code       VARCHAR NOT NULL,
    territory_name       VARCHAR NOT NULL,
    category             VARCHAR,
    type                 VARCHAR NOT NULL,
    published_at         TIMESTAMP NOT NULL,
    url                  VARCHAR,
    age_hours            DOUBLE NOT NULL,
    interactions         BIGINT NOT NULL,
    expected             DOUBLE,
    baseline_posts       BIGINT NOT NULL,
    overperformance      DOUBLE NOT NULL,
    population_millesime INTEGER,
    simulated            BOOLEAN NOT NULL,
    PRIMARY KEY (period, methodology_version, territory_code, place)
);

-- The periods whose publication stored best posts (a period may have none to store: no post scored).
CREATE TABLE published_best_post_period (
    period               VARCHAR NOT NULL,
    methodology_version  VARCHAR NOT NULL,
    stored_at            TIMESTAMP NOT NULL,
    posts                BIGINT NOT NULL,
    PRIMARY KEY (period, methodology_version)
);
