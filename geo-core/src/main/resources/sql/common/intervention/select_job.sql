SELECT id, dataset_id, file_name, file_sha256, file_format, encoding, delimiter, accept_partial, replace_rows, status,
       started_at, finished_at, rows_read, rows_accepted, rows_rejected, inserted, updated, unchanged, removed, message,
       source_description, notes
FROM import_job
WHERE id = ?
