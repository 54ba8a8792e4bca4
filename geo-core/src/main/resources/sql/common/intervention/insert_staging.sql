INSERT INTO intervention_staging (record_id, beneficiary_id, report_year, program, axis, company_size, municipality_code, placement, longitude, latitude, sector, ciiu, amount_cop, focus, status, source_line, row_hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
