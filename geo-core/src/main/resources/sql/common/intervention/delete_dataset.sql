-- A dataset and everything that hangs from it, in one transaction. Every parameter is the dataset id.
DELETE FROM import_reject WHERE job_id IN (SELECT id FROM import_job WHERE dataset_id = ?);
DELETE FROM import_job WHERE dataset_id = ?;
DELETE FROM intervention WHERE dataset_id = ?;
DELETE FROM dataset WHERE id = ?;
