-- Collection: runs that group raw responses, watermarks for incremental runs, per-account status,
-- and the lifecycle of accounts (renames, suspensions, departures, migrations).

-- One fetch of one account (or one hashtag, one search): the raw responses it archived replay as one.
CREATE SEQUENCE fetch_seq;
ALTER TABLE raw_item ADD COLUMN fetch_id BIGINT;
-- true when payload_gzip is sealed (AES-256-GCM under a key derived from the pseudonym key): raw
-- answers hold citizens' identities, which the store must not reveal without the key.
ALTER TABLE raw_item ADD COLUMN sealed BOOLEAN DEFAULT false;
-- what an account-less fetch was about, e.g. '#marseille' for a hashtag search (replayed by remap)
ALTER TABLE raw_item ADD COLUMN subject VARCHAR;

-- The newest item seen per (network, account, endpoint): where the next incremental run resumes.
CREATE TABLE collect_watermark (
    network     VARCHAR NOT NULL,
    account_id  VARCHAR NOT NULL,
    endpoint    VARCHAR NOT NULL,        -- posts | comments | …
    newest_at   TIMESTAMP NOT NULL,      -- publication time of the newest item seen
    updated_at  TIMESTAMP NOT NULL,
    PRIMARY KEY (network, account_id, endpoint)
);

-- The collection status of each account: last success, last error, when to run next.
CREATE TABLE collect_status (
    account_id           VARCHAR PRIMARY KEY,
    network              VARCHAR NOT NULL,
    last_attempt_at      TIMESTAMP NOT NULL,
    last_success_at      TIMESTAMP,
    last_error_at        TIMESTAMP,
    last_error           VARCHAR,
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_run_at          TIMESTAMP
);

-- What happened to an account, with the date it was observed.
CREATE TABLE account_event (
    account_id  VARCHAR NOT NULL,
    observed_at TIMESTAMP NOT NULL,
    kind        VARCHAR NOT NULL,        -- renamed | suspended | deleted | not_found | dormant | reactivated | left | migrated
    detail      VARCHAR,                 -- e.g. 'old.handle -> new.handle', 'to bluesky:did:plc:…'
    source      VARCHAR NOT NULL,
    PRIMARY KEY (account_id, observed_at, kind)
);
