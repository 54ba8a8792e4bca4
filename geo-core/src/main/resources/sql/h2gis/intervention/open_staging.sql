-- The import's staging table, made before the import transaction begins (autocommit): a DDL statement inside the
-- transaction would hold H2's schema lock (table SYS) until the commit, and every other session's DDL (the command
-- line creating its own staging table, registering the H2GIS functions) would time out while a long import runs
-- (issue 13 §2). CACHED: rows and index on disk, not heap (temporary tables default to MEMORY in H2); LOCAL: private
-- to the connection. A pooled connection keeps its session, hence the DROP first; close_staging drops it after the
-- transaction. Its rows are transactional like any others. The primary key doubles as the index on record_id that the
-- duplicate check and the MERGE use.
DROP TABLE IF EXISTS intervention_staging;
CREATE CACHED LOCAL TEMPORARY TABLE intervention_staging (
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
    sector            VARCHAR(100),
    ciiu              VARCHAR(4),
    amount_cop        NUMERIC(20, 2),
    focus             VARCHAR(200),
    status            VARCHAR(100),
    source_line       INTEGER NOT NULL,
    row_hash          BIGINT NOT NULL,
    PRIMARY KEY (record_id, source_line)
);
