-- Set-based upsert from staging: new records inserted, changed records updated in place, unchanged left alone.
-- Every parameter is the dataset id (as in the H2GIS MERGE).
INSERT INTO intervention (dataset_id, record_id, beneficiary_id, report_year, program, axis, company_size,
    municipality_code, placement, longitude, latitude, geom, sector, amount_cop, focus, status, source_line, row_hash)
SELECT CAST(? AS VARCHAR), s.record_id, s.beneficiary_id, s.report_year, s.program, s.axis,
    s.company_size, s.municipality_code, s.placement, s.longitude, s.latitude,
    CASE WHEN s.longitude IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(s.longitude, s.latitude), 4326) END,
    s.sector, s.amount_cop, s.focus, s.status, s.source_line, s.row_hash
FROM intervention_staging s
ON CONFLICT (dataset_id, record_id) DO UPDATE SET
    beneficiary_id = EXCLUDED.beneficiary_id, report_year = EXCLUDED.report_year, program = EXCLUDED.program,
    axis = EXCLUDED.axis, company_size = EXCLUDED.company_size, municipality_code = EXCLUDED.municipality_code,
    placement = EXCLUDED.placement, longitude = EXCLUDED.longitude, latitude = EXCLUDED.latitude,
    geom = EXCLUDED.geom, sector = EXCLUDED.sector, amount_cop = EXCLUDED.amount_cop, focus = EXCLUDED.focus,
    status = EXCLUDED.status, source_line = EXCLUDED.source_line, row_hash = EXCLUDED.row_hash
WHERE intervention.row_hash <> EXCLUDED.row_hash
