-- What the merge will do: new records, records whose content changed, records unchanged.
SELECT COALESCE(SUM(CASE WHEN i.record_id IS NULL THEN 1 ELSE 0 END), 0) AS inserted,
       COALESCE(SUM(CASE WHEN i.record_id IS NOT NULL AND i.row_hash <> s.row_hash THEN 1 ELSE 0 END), 0) AS updated,
       COALESCE(SUM(CASE WHEN i.row_hash = s.row_hash THEN 1 ELSE 0 END), 0) AS unchanged
FROM intervention_staging s
LEFT JOIN intervention i ON i.dataset_id = ? AND i.record_id = s.record_id
