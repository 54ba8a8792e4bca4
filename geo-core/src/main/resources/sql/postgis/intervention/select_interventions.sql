-- COLLATE "C": record ids in code-point order, as H2 orders them, whatever the database's collation.
SELECT record_id, beneficiary_id, report_year, program, axis, company_size, municipality_code, placement, longitude,
       latitude, sector, ciiu, amount_cop, focus, status, source_line
FROM intervention
WHERE dataset_id = ?
ORDER BY record_id COLLATE "C"
