-- Interventions (issue 3): named datasets of records joined to municipalities, import jobs and their rejects.
-- No foreign key from intervention to dataset: a dataset is deleted with its rows in one transaction by
-- InterventionRepository, and the bulk upsert of an import stays free of per-row constraint triggers.
CREATE TABLE dataset (
    id               VARCHAR(64) PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    synthetic        BOOLEAN NOT NULL DEFAULT FALSE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_import_at   TIMESTAMP WITH TIME ZONE,
    last_file_name   VARCHAR(500),
    content_checksum VARCHAR(64),
    -- Figures refreshed by every import, so listing datasets never scans their rows.
    interventions    BIGINT NOT NULL DEFAULT 0,
    beneficiaries    BIGINT NOT NULL DEFAULT 0,
    municipalities   BIGINT NOT NULL DEFAULT 0
);

-- report_year, not "year": YEAR is a reserved word in H2 (same DDL on both stores: db/common).
CREATE TABLE intervention (
    dataset_id        VARCHAR(64) NOT NULL,
    record_id         VARCHAR(100) NOT NULL,
    beneficiary_id    VARCHAR(100) NOT NULL,
    report_year       INTEGER NOT NULL,
    program           VARCHAR(300) NOT NULL,
    axis              VARCHAR(40),
    company_size      VARCHAR(40),
    municipality_code VARCHAR(5) NOT NULL,
    placement         VARCHAR(20) NOT NULL,
    longitude         DOUBLE PRECISION,
    latitude          DOUBLE PRECISION,
    geom              GEOMETRY(POINT, 4326),
    sector            VARCHAR(100),
    amount_cop        NUMERIC(20, 2),
    focus             VARCHAR(200),
    status            VARCHAR(100),
    source_line       INTEGER NOT NULL,
    row_hash          BIGINT NOT NULL,
    PRIMARY KEY (dataset_id, record_id)
);
-- Only the primary key: readers stream a dataset in record-id order; a secondary index would cost about a
-- third of the bulk insert time (measured on PostGIS) for queries nobody makes yet.

CREATE TABLE import_job (
    id             VARCHAR(40) PRIMARY KEY,
    dataset_id     VARCHAR(64) NOT NULL,
    file_name      VARCHAR(500) NOT NULL,
    file_sha256    VARCHAR(64),
    file_format    VARCHAR(10),
    encoding       VARCHAR(20),
    delimiter      VARCHAR(4),
    accept_partial BOOLEAN NOT NULL,
    replace_rows   BOOLEAN NOT NULL,
    status         VARCHAR(20) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE,
    rows_read      BIGINT NOT NULL DEFAULT 0,
    rows_accepted  BIGINT NOT NULL DEFAULT 0,
    rows_rejected  BIGINT NOT NULL DEFAULT 0,
    inserted       BIGINT NOT NULL DEFAULT 0,
    updated        BIGINT NOT NULL DEFAULT 0,
    unchanged      BIGINT NOT NULL DEFAULT 0,
    removed        BIGINT NOT NULL DEFAULT 0,
    message        VARCHAR(2000)
);
CREATE INDEX import_job_dataset_idx ON import_job (dataset_id);

CREATE TABLE import_reject (
    job_id      VARCHAR(40) NOT NULL,
    seq         INTEGER NOT NULL,
    file_name   VARCHAR(500) NOT NULL,
    line        BIGINT NOT NULL,
    record_id   VARCHAR(100),
    field       VARCHAR(40),
    raw_value   VARCHAR(500),
    reason      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (job_id, seq)
);
