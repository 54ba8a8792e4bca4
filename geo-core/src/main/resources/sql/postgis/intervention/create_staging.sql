-- The import's staging table: temporary (private to the session, not WAL-logged), dropped at commit and gone on
-- rollback. No index: COPY fills it fastest without one, and the set-based steps after it hash-join.
CREATE TEMP TABLE intervention_staging (
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
    row_hash          BIGINT NOT NULL
) ON COMMIT DROP
