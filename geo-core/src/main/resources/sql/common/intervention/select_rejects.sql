SELECT file_name, line, record_id, field, raw_value, reason FROM import_reject WHERE job_id = ? ORDER BY line, seq
