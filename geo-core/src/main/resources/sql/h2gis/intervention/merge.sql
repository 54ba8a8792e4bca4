-- Set-based upsert from staging: new records inserted, changed records updated in place, unchanged left alone.
-- Every parameter is the dataset id.
MERGE INTO intervention t
USING intervention_staging s
ON t.dataset_id = ? AND t.record_id = s.record_id
WHEN MATCHED AND t.row_hash <> s.row_hash THEN UPDATE SET
    beneficiary_id = s.beneficiary_id, report_year = s.report_year, program = s.program, axis = s.axis,
    company_size = s.company_size, municipality_code = s.municipality_code, placement = s.placement,
    longitude = s.longitude, latitude = s.latitude,
    geom = CASE WHEN s.longitude IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(s.longitude, s.latitude), 4326) END,
    sector = s.sector, ciiu = s.ciiu, amount_cop = s.amount_cop, focus = s.focus, status = s.status, source_line = s.source_line,
    row_hash = s.row_hash
WHEN NOT MATCHED THEN INSERT (dataset_id, record_id, beneficiary_id, report_year, program, axis, company_size,
    municipality_code, placement, longitude, latitude, geom, sector, ciiu, amount_cop, focus, status, source_line, row_hash)
VALUES (?, s.record_id, s.beneficiary_id, s.report_year, s.program, s.axis, s.company_size, s.municipality_code,
    s.placement, s.longitude, s.latitude,
    CASE WHEN s.longitude IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(s.longitude, s.latitude), 4326) END,
    s.sector, s.ciiu, s.amount_cop, s.focus, s.status, s.source_line, s.row_hash)
