-- The import's staging table: CACHED (rows and index on disk, not heap: temporary tables default to MEMORY in H2),
-- private to the connection, part of the transaction (TRANSACTIONAL, so H2 does not
-- commit the open transaction on this DDL), dropped at commit and gone on rollback. The primary key doubles as
-- the index on record_id that the duplicate check and the MERGE use.
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
) ON COMMIT DROP TRANSACTIONAL
