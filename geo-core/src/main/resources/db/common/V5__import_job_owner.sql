-- Import jobs that end even when their process does not (issue 13 §1, §2).
-- owner_id: the process (import_owner) that queued and runs the job; a job still QUEUED or RUNNING whose owner is
-- gone (no heartbeat for a while, or its process no longer exists on this host) is marked INTERRUPTED.
-- source_description, notes: what reading the file decided (encoding, sheet, header row) and left out, kept so a
-- stored report says it after a restart.
ALTER TABLE import_job ADD COLUMN owner_id VARCHAR(120);
ALTER TABLE import_job ADD COLUMN source_description VARCHAR(500);
ALTER TABLE import_job ADD COLUMN notes VARCHAR(4000);
CREATE INDEX import_job_status_idx ON import_job (status);

-- The processes that run imports (servers and command-line imports), each beating every few seconds.
CREATE TABLE import_owner (
    id           VARCHAR(120) PRIMARY KEY,
    host         VARCHAR(255) NOT NULL,
    pid          BIGINT NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at TIMESTAMP WITH TIME ZONE NOT NULL
);
