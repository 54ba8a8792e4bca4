-- Replace mode: records of the dataset that the file no longer has.
DELETE FROM intervention
WHERE dataset_id = ? AND NOT EXISTS (SELECT 1 FROM intervention_staging s WHERE s.record_id = intervention.record_id)
