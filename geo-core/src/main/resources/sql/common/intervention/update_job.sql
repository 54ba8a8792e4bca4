-- Records how a job ended. Never over an IMPORTED end: that one commits with the import's rows and is the truth.
UPDATE import_job
SET status = ?, finished_at = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?, inserted = ?, updated = ?,
    unchanged = ?, removed = ?, message = ?, file_format = ?, encoding = ?, delimiter = ?, source_description = ?,
    notes = ?
WHERE id = ? AND status <> 'IMPORTED'
