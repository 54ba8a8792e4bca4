INSERT INTO import_reject (job_id, seq, file_name, line, record_id, field, raw_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
