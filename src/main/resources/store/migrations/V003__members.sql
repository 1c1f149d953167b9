-- Vigie store, schema version 3: the member space (users, sessions, sign-in attempts).
-- No plain password is ever stored: password_hash is an Argon2id PHC string. A session is stored under
-- the SHA-256 of its token; the token itself lives only in the person's cookie.

CREATE TABLE member_user (
    user_id        VARCHAR PRIMARY KEY,
    email          VARCHAR NOT NULL UNIQUE,  -- lower case
    display_name   VARCHAR,
    password_hash  VARCHAR NOT NULL,         -- $argon2id$v=19$m=…,t=…,p=…$<salt>$<tag>
    role           VARCHAR NOT NULL,         -- admin | analyst | jury | member
    territory_code VARCHAR,                  -- the member's territory; null for admin, analyst and jury
    created_at     TIMESTAMP NOT NULL,
    disabled       BOOLEAN NOT NULL DEFAULT false
);

CREATE TABLE member_session (
    session_id   VARCHAR PRIMARY KEY,        -- SHA-256 hex of the cookie token
    user_id      VARCHAR NOT NULL,
    csrf_token   VARCHAR NOT NULL,
    created_at   TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    expires_at   TIMESTAMP NOT NULL          -- absolute end; the idle end is last_seen_at + idle timeout
);

CREATE SEQUENCE sign_in_attempt_seq;
CREATE TABLE sign_in_attempt (
    attempt_id   BIGINT PRIMARY KEY DEFAULT nextval('sign_in_attempt_seq'),
    key          VARCHAR NOT NULL,           -- 'email:<email>' or 'ip:<address>'
    attempted_at TIMESTAMP NOT NULL,
    succeeded    BOOLEAN NOT NULL
);
