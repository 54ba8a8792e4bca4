INSERT INTO import_job (id, dataset_id, file_name, file_sha256, file_format, encoding, delimiter, accept_partial,
                        replace_rows, status, started_at, owner_id)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
