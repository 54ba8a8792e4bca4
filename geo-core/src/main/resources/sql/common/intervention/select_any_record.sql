-- Whether a dataset has any record (the primary key answers it without a scan).
SELECT 1 FROM intervention WHERE dataset_id = ? LIMIT 1
