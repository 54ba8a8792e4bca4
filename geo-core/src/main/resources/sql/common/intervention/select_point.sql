-- One intervention with coordinates by record id, with only the columns that may be published.
SELECT record_id, report_year, program, axis, company_size, municipality_code, placement, longitude, latitude
FROM intervention
WHERE dataset_id = ? AND record_id = ? AND longitude IS NOT NULL
