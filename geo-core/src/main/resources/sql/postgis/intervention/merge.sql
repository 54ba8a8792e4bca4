-- Set-based upsert from staging in two statements (measured faster than INSERT … ON CONFLICT on PostgreSQL):
-- changed records updated in place, then new records inserted; unchanged records are not written.
-- Every parameter is the dataset id. Imports into one dataset are serialised by the caller.
UPDATE intervention i SET
    beneficiary_id = s.beneficiary_id, report_year = s.report_year, program = s.program, axis = s.axis,
    company_size = s.company_size, municipality_code = s.municipality_code, placement = s.placement,
    longitude = s.longitude, latitude = s.latitude,
    geom = CASE WHEN s.longitude IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(s.longitude, s.latitude), 4326) END,
    sector = s.sector, ciiu = s.ciiu, amount_cop = s.amount_cop, focus = s.focus, status = s.status, source_line = s.source_line,
    row_hash = s.row_hash
FROM intervention_staging s
WHERE i.dataset_id = ? AND i.record_id = s.record_id AND i.row_hash <> s.row_hash;
INSERT INTO intervention (dataset_id, record_id, beneficiary_id, report_year, program, axis, company_size,
    municipality_code, placement, longitude, latitude, geom, sector, ciiu, amount_cop, focus, status, source_line, row_hash)
SELECT CAST(? AS VARCHAR(64)), s.record_id, s.beneficiary_id, s.report_year, s.program, s.axis, s.company_size,
    s.municipality_code, s.placement, s.longitude, s.latitude,
    CASE WHEN s.longitude IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(s.longitude, s.latitude), 4326) END,
    s.sector, s.ciiu, s.amount_cop, s.focus, s.status, s.source_line, s.row_hash
FROM intervention_staging s
WHERE NOT EXISTS (SELECT 1 FROM intervention i WHERE i.dataset_id = ? AND i.record_id = s.record_id);
