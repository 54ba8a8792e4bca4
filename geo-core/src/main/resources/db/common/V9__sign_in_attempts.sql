-- Sign-in attempts are counted before their password is checked (issue 13 §4): each attempt reserves one row per
-- key under its own id, so a refused attempt, or a success, removes exactly its rows. The key is the SHA-256 of
-- "client:<address>" or "user:<name>" in hex: any user name fits (none is too long, none holds a byte the store
-- refuses), and no name sent by a client is stored. The rows are one window's worth of failures, so the old table
-- is dropped rather than converted: at worst a client gets one more window of guesses after the upgrade.
DROP TABLE sign_in_failure;
CREATE TABLE sign_in_failure (
    attempt_id   VARCHAR(36) NOT NULL,
    throttle_key VARCHAR(64) NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (attempt_id, throttle_key)
);
CREATE INDEX sign_in_failure_key_idx ON sign_in_failure (throttle_key, failed_at);
CREATE INDEX sign_in_failure_time_idx ON sign_in_failure (failed_at);
