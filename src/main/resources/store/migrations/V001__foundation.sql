-- Vigie store, schema version 1.
-- Conventions: timestamps are TIMESTAMP holding UTC; every fact row says where it came from
-- (source) and whether it is simulated; natural keys are primary keys so that re-imports are idempotent.

CREATE TABLE territory (
    code                 VARCHAR PRIMARY KEY,  -- INSEE code (commune, département, région, COM) or SIREN (EPCI, EPT)
    kind                 VARCHAR NOT NULL,     -- commune | epci | ept | departement | region | com
    epci_type            VARCHAR,              -- CC | CA | CU | MET for kind = epci
    name                 VARCHAR NOT NULL,
    population           BIGINT,               -- population municipale; sums of communes above the commune level
    population_millesime INTEGER,              -- year of the légale population
    cog_year             INTEGER NOT NULL,     -- year of the Code officiel géographique
    zone                 VARCHAR,              -- metro | drom | com
    epci_code            VARCHAR,              -- parent EPCI (communes)
    ept_code             VARCHAR,              -- parent EPT of the Grand Paris (communes)
    departement_code     VARCHAR,
    region_code          VARCHAR,
    siren                VARCHAR,
    postal_codes         VARCHAR[],
    name_key             VARCHAR               -- name for search: lower case, no accents, punctuation as spaces (SearchKey)
);

-- Categories (strata) come from an editable file and are reloaded on every open.
CREATE TABLE category_rule (
    position       INTEGER PRIMARY KEY,  -- first matching rule wins
    category       VARCHAR NOT NULL,     -- slug, e.g. grandes-villes
    label          VARCHAR NOT NULL,
    kind           VARCHAR NOT NULL,
    epci_type      VARCHAR,
    min_population BIGINT,               -- inclusive
    max_population BIGINT                -- inclusive
);

CREATE TABLE account (
    account_id     VARCHAR PRIMARY KEY,  -- '<network>:<platform id>' when known, else '<network>:@<handle>'
    territory_code VARCHAR NOT NULL,
    network        VARCHAR NOT NULL,     -- facebook | instagram | x | youtube | linkedin | tiktok | bluesky | mastodon | threads
    platform_id    VARCHAR,
    handle         VARCHAR NOT NULL,     -- normalised per network
    url            VARCHAR,
    display_name   VARCHAR,
    role           VARCHAR NOT NULL,     -- official | thematic
    theme          VARCHAR,              -- tourism, culture, youth… for thematic accounts
    status         VARCHAR NOT NULL,     -- active | dormant | left | migrated
    status_since   DATE,
    source         VARCHAR NOT NULL,
    simulated      BOOLEAN NOT NULL DEFAULT false,
    UNIQUE (network, handle)
);

CREATE TABLE territory_hashtag (
    territory_code VARCHAR NOT NULL,
    tag            VARCHAR NOT NULL,     -- lower case, without '#'
    source         VARCHAR NOT NULL,
    simulated      BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (territory_code, tag)
);

CREATE TABLE account_snapshot (
    account_id  VARCHAR NOT NULL,
    observed_at TIMESTAMP NOT NULL,
    followers   BIGINT,
    following   BIGINT,
    posts_count BIGINT,
    source      VARCHAR NOT NULL,
    simulated   BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (account_id, observed_at)
);

CREATE TABLE post (
    network      VARCHAR NOT NULL,
    post_id      VARCHAR NOT NULL,
    account_id   VARCHAR NOT NULL,
    published_at TIMESTAMP NOT NULL,
    type         VARCHAR NOT NULL,       -- text | photo | video | link | reel | story | live
    text         VARCHAR,
    url          VARCHAR,
    hashtags     VARCHAR[],
    source       VARCHAR NOT NULL,
    simulated    BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (network, post_id)
);

-- Metrics of a post as observed at a time, hence at a post age (observed_at - published_at).
CREATE TABLE post_metric (
    network     VARCHAR NOT NULL,
    post_id     VARCHAR NOT NULL,
    observed_at TIMESTAMP NOT NULL,
    likes       BIGINT,
    comments    BIGINT,
    shares      BIGINT,
    quotes      BIGINT,
    saves       BIGINT,
    views       BIGINT,
    source      VARCHAR NOT NULL,
    simulated   BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (network, post_id, observed_at)
);

-- Comments and replies under the accounts' posts. Citizens are pseudonymised at ingestion
-- (keyed hash); the account's own replies have from_account = true.
CREATE TABLE comment (
    network           VARCHAR NOT NULL,
    comment_id        VARCHAR NOT NULL,
    post_id           VARCHAR NOT NULL,
    parent_comment_id VARCHAR,
    author_pseudonym  VARCHAR NOT NULL,
    from_account      BOOLEAN NOT NULL,
    published_at      TIMESTAMP NOT NULL,
    text              VARCHAR,
    likes             BIGINT,
    source            VARCHAR NOT NULL,
    simulated         BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (network, comment_id)
);

-- Citizens' public posts carrying a territory's hashtags (horizontality).
CREATE TABLE citizen_post (
    network          VARCHAR NOT NULL,
    post_id          VARCHAR NOT NULL,
    territory_code   VARCHAR NOT NULL,
    author_pseudonym VARCHAR NOT NULL,
    published_at     TIMESTAMP NOT NULL,
    type             VARCHAR,
    text             VARCHAR,
    hashtags         VARCHAR[],
    likes            BIGINT,
    comments         BIGINT,
    shares           BIGINT,
    source           VARCHAR NOT NULL,
    simulated        BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (network, post_id)
);

-- Mentions, reposts and replies between accounts (network of actors).
CREATE TABLE mention (
    network         VARCHAR NOT NULL,
    post_id         VARCHAR NOT NULL,
    from_account_id VARCHAR NOT NULL,
    to_handle       VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL,    -- mention | repost | reply
    published_at    TIMESTAMP NOT NULL,
    source          VARCHAR NOT NULL,
    simulated       BOOLEAN NOT NULL DEFAULT false,
    PRIMARY KEY (network, post_id, to_handle, kind)
);

-- Raw responses and files as received, before mapping (raw first, map second).
CREATE SEQUENCE raw_item_seq;
CREATE TABLE raw_item (
    raw_id       BIGINT PRIMARY KEY DEFAULT nextval('raw_item_seq'),
    network      VARCHAR,
    endpoint     VARCHAR NOT NULL,
    account_id   VARCHAR,
    fetched_at   TIMESTAMP NOT NULL,
    content_type VARCHAR,
    sha256       VARCHAR NOT NULL,
    payload_gzip BLOB NOT NULL,
    source       VARCHAR NOT NULL
);

CREATE SEQUENCE import_run_seq;
CREATE TABLE import_run (
    import_id        BIGINT PRIMARY KEY DEFAULT nextval('import_run_seq'),
    entity           VARCHAR NOT NULL,
    file             VARCHAR NOT NULL,
    started_at       TIMESTAMP NOT NULL,
    finished_at      TIMESTAMP,
    rows_read        BIGINT,
    rows_inserted    BIGINT,
    rows_unchanged   BIGINT,
    rows_quarantined BIGINT,
    status           VARCHAR NOT NULL,   -- running | done | failed
    rows_updated     BIGINT              -- rows of the file that changed an existing row
);

CREATE TABLE quarantine (
    import_id BIGINT NOT NULL,
    file      VARCHAR NOT NULL,
    line      BIGINT NOT NULL,
    field     VARCHAR,
    reason    VARCHAR NOT NULL,
    raw       VARCHAR,                   -- the offending line; citizen identities are withheld
    quarantined_at TIMESTAMP NOT NULL
);

CREATE TABLE kpi_value (
    kpi                  VARCHAR NOT NULL,
    methodology_version  VARCHAR NOT NULL,
    period               VARCHAR NOT NULL,   -- 2026-10, 2026-Q3, 2026-S1, 2026
    scope                VARCHAR NOT NULL,   -- account | territory
    subject              VARCHAR NOT NULL,   -- account_id or territory code
    network              VARCHAR NOT NULL,   -- a network, or 'all'
    value                DOUBLE,
    population_millesime INTEGER,
    simulated            BOOLEAN NOT NULL,
    computed_at          TIMESTAMP NOT NULL,
    PRIMARY KEY (kpi, methodology_version, period, scope, subject, network)
);

CREATE TABLE ranking (
    period               VARCHAR NOT NULL,
    methodology_version  VARCHAR NOT NULL,
    category             VARCHAR NOT NULL,
    kpi                  VARCHAR NOT NULL,
    network              VARCHAR NOT NULL,
    view                 VARCHAR NOT NULL,   -- raw | per-capita
    territory_code       VARCHAR NOT NULL,
    rank                 INTEGER NOT NULL,   -- competition ranking: ties share a rank (1, 2, 2, 4)
    tied                 BOOLEAN NOT NULL,
    value                DOUBLE,
    simulated            BOOLEAN NOT NULL,
    computed_at          TIMESTAMP NOT NULL,
    PRIMARY KEY (period, methodology_version, category, kpi, network, view, territory_code)
);

-- The category of every territory: the first rule (by position) that matches its kind, EPCI type
-- and population; a territory without population counts as 0 inhabitants here.
CREATE VIEW territory_category AS
SELECT t.code,
       (SELECT arg_min(r.category, r.position)
          FROM category_rule r
         WHERE r.kind = t.kind
           AND (r.epci_type IS NULL OR r.epci_type = t.epci_type)
           AND (r.min_population IS NULL OR coalesce(t.population, 0) >= r.min_population)
           AND (r.max_population IS NULL OR coalesce(t.population, 0) <= r.max_population)) AS category
  FROM territory t;
