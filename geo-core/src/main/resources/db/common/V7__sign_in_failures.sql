-- Failed sign-ins, counted by every instance behind one balancer (issue 13 §4/§5): one row per failure, keyed
-- "client:<address>" or "user:<name>", with the time the instance saw it. Rows older than the throttle's window
-- are deleted as new failures come (SignInFailures.forgetBefore); a success deletes its client's and user's rows.
CREATE TABLE sign_in_failure (
    throttle_key VARCHAR(200) NOT NULL,
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_key_idx ON sign_in_failure (throttle_key, failed_at);
CREATE INDEX sign_in_failure_time_idx ON sign_in_failure (failed_at);
