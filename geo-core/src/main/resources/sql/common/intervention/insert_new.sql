-- Merge when every staged record is new to the dataset (first import, or only new ids): a plain set insert,
-- about half the cost of an upsert on PostgreSQL. Every parameter is the dataset id.
INSERT INTO intervention (dataset_id, record_id, beneficiary_id, report_year, program, axis, company_size,
    municipality_code, placement, longitude, latitude, geom, sector, ciiu, amount_cop, focus, status, source_line, row_hash)
SELECT CAST(? AS VARCHAR(64)), s.record_id, s.beneficiary_id, s.report_year, s.program, s.axis, s.company_size,
    s.municipality_code, s.placement, s.longitude, s.latitude,
    CASE WHEN s.longitude IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(s.longitude, s.latitude), 4326) END,
    s.sector, s.ciiu, s.amount_cop, s.focus, s.status, s.source_line, s.row_hash
FROM intervention_staging s
