-- The first import into a dataset with no records loads straight into the table (issue 13 §2: no staging table, no
-- second pass to merge): the geometry comes as EWKB (SRID 4326) from the importer, in binary COPY. A record id
-- repeated in the file stops this COPY with a unique violation; the importer then rolls back and imports again
-- through staging.
COPY intervention (dataset_id, record_id, beneficiary_id, report_year, program, axis, company_size, municipality_code, placement, longitude, latitude, geom, sector, ciiu, amount_cop, focus, status, source_line, row_hash) FROM STDIN (FORMAT binary)
