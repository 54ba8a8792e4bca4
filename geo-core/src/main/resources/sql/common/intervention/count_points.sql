-- How many interventions of a dataset have coordinates and match the filter (the OGC API numberMatched).
-- Parameters (InterventionRepository.bindPointFilter): dataset id; west, east, south, north (the box, inclusive;
-- the whole globe when none); then each optional filter twice, NULL meaning any: year, program, axis,
-- company size, municipality code, department pattern (two digits and %), placement.
-- The same WHERE is in count_points.sql and select_points.sql (and its PostGIS override): change them together.
SELECT COUNT(*)
FROM intervention
WHERE dataset_id = ?
  AND longitude IS NOT NULL
  AND longitude BETWEEN ? AND ? AND latitude BETWEEN ? AND ?
  AND (CAST(? AS INTEGER) IS NULL OR report_year = ?)
  AND (CAST(? AS VARCHAR(300)) IS NULL OR program = ?)
  AND (CAST(? AS VARCHAR(40)) IS NULL OR axis = ?)
  AND (CAST(? AS VARCHAR(40)) IS NULL OR company_size = ?)
  AND (CAST(? AS VARCHAR(5)) IS NULL OR municipality_code = ?)
  AND (CAST(? AS VARCHAR(3)) IS NULL OR municipality_code LIKE ?)
  AND (CAST(? AS VARCHAR(20)) IS NULL OR placement = ?)
